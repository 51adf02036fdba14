import { notFound, RebookError } from "../errors";
import type { Appointment } from "../model/appointment";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { commitAppointmentChange } from "./commit-appointment-change";
import { loadAppointment } from "./load-appointment";

export interface RescheduleRequest {
  startsAt: string;
  /** Another staff member; the same one when left out. */
  staffId: string | null;
}

/** Moves a booked appointment to another time (and staff member), keeping its length. */
export const rescheduleAppointment =
  (deps: Pick<Dependencies, "studios" | "staff" | "categories" | "appointments" | "clock">) =>
  async (studioId: string, appointmentId: string, request: RescheduleRequest): Promise<Appointment> => {
    const studio = await loadStudio(deps.studios, studioId);
    if (request.staffId !== null && (await deps.staff.get(studioId, request.staffId)) === null) {
      throw notFound("STAFF.NOT_FOUND", request.staffId);
    }
    return retryOnConcurrentUpdate(async () => {
      const stored = await loadAppointment(deps.appointments, studioId, appointmentId);
      const current = stored.appointment;
      if (current.status !== "booked") {
        throw new RebookError(
          "APPOINTMENT.INVALID_TRANSITION",
          `a ${current.status} appointment cannot be moved`,
        );
      }
      const length = Date.parse(current.endsAt) - Date.parse(current.startsAt);
      const moved: Appointment = {
        ...current,
        startsAt: request.startsAt,
        endsAt: new Date(Date.parse(request.startsAt) + length).toISOString(),
        staffId: request.staffId ?? current.staffId,
        updatedAt: deps.clock(),
      };
      await commitAppointmentChange(deps, studio, stored, moved);
      return moved;
    });
  };
