import { loadAppointment } from "../appointments/load-appointment";
import { RebookError } from "../errors";
import { formatAppointmentTime } from "../messaging/appointment-time";
import { appointmentPolicyOf } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import type { SendRequestResult } from "../ports/send-request-queue";
import { loadStudio } from "../studios/load-studio";

/**
 * Staff's one click on a late client: a transactional "are you on your way?" SMS, once per appointment
 * (asking again queues nothing new), and only for a booked appointment between its late-arrival time and its end.
 */
export const askIfOnTheWay =
  (deps: Pick<Dependencies, "studios" | "appointments" | "sendRequests" | "clock">) =>
  async (studioId: string, appointmentId: string): Promise<SendRequestResult> => {
    const [studio, appointment] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadAppointment(deps.appointments, studioId, appointmentId),
    ]);
    const lateFrom =
      Date.parse(appointment.startsAt) + appointmentPolicyOf(studio.settings).lateArrivalMinutes * 60_000;
    const now = Date.parse(deps.clock());
    if (appointment.status !== "booked" || now < lateFrom || now >= Date.parse(appointment.endsAt)) {
      throw new RebookError(
        "APPOINTMENT.NOT_LATE",
        "only a booked appointment whose late-arrival time has come, and which has not ended, can be asked about",
      );
    }
    return deps.sendRequests(studioId, {
      requestId: `late-check.${appointment.id}`,
      clientIds: [appointment.clientId],
      templatePurpose: "late_check",
      channelPolicy: "sms",
      values: {
        appointmentTime: formatAppointmentTime(appointment.startsAt, studio.timeZone, studio.locale),
        serviceName: appointment.serviceName,
      },
      appointment: { id: appointment.id, startsAt: appointment.startsAt },
    });
  };
