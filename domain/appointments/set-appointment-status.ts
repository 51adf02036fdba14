import { RebookError } from "../errors";
import type { Appointment, AppointmentStatus } from "../model/appointment";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { commitAppointmentChange } from "./commit-appointment-change";
import { loadAppointment } from "./load-appointment";

export type StatusChange =
  | { status: "attended" }
  | { status: "cancelled"; late: boolean }
  | { status: "no_show"; reason: string };

/** A booking ends once; attended and no-show may be corrected into each other. Cancelled is final. */
const allowedNext: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ["attended", "cancelled", "no_show"],
  attended: ["no_show"],
  no_show: ["attended"],
  cancelled: [],
};

/** Whether the client came can only be said once the appointment has begun. */
const needsStart: readonly AppointmentStatus[] = ["attended", "no_show"];

export const setAppointmentStatus =
  (deps: Pick<Dependencies, "studios" | "categories" | "appointments" | "clock">) =>
  (studioId: string, appointmentId: string, change: StatusChange): Promise<Appointment> =>
    retryOnConcurrentUpdate(async () => {
      const [studio, current] = await Promise.all([
        loadStudio(deps.studios, studioId),
        loadAppointment(deps.appointments, studioId, appointmentId),
      ]);
      if (current.status === change.status) return current;
      if (!allowedNext[current.status].includes(change.status)) {
        throw new RebookError(
          "APPOINTMENT.INVALID_TRANSITION",
          `a ${current.status} appointment cannot become ${change.status}`,
        );
      }
      const now = deps.clock();
      if (needsStart.includes(change.status) && Date.parse(now) < Date.parse(current.startsAt)) {
        throw new RebookError(
          "APPOINTMENT.NOT_STARTED",
          `an appointment can be marked ${change.status} once it has started (${current.startsAt})`,
        );
      }
      const updated = revised(
        current,
        {
          status: change.status,
          lateCancellation: change.status === "cancelled" && change.late,
          noShowReason: change.status === "no_show" ? change.reason : null,
        },
        now,
      );
      await commitAppointmentChange(deps, studio, current, updated);
      return updated;
    });
