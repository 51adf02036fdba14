import { RebookError } from "../errors";
import type { Appointment, AppointmentStatus } from "../model/appointment";
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

export const setAppointmentStatus =
  (deps: Pick<Dependencies, "studios" | "categories" | "appointments" | "clock">) =>
  async (studioId: string, appointmentId: string, change: StatusChange): Promise<Appointment> => {
    const studio = await loadStudio(deps.studios, studioId);
    return retryOnConcurrentUpdate(async () => {
      const stored = await loadAppointment(deps.appointments, studioId, appointmentId);
      const current = stored.appointment;
      if (current.status === change.status) return current;
      if (!allowedNext[current.status].includes(change.status)) {
        throw new RebookError(
          "APPOINTMENT.INVALID_TRANSITION",
          `a ${current.status} appointment cannot become ${change.status}`,
        );
      }
      const updated: Appointment = {
        ...current,
        status: change.status,
        lateCancellation: change.status === "cancelled" && change.late,
        noShowReason: change.status === "no_show" ? change.reason : null,
        updatedAt: deps.clock(),
      };
      await commitAppointmentChange(deps, studio, stored, updated);
      return updated;
    });
  };
