import { notFound, RebookError } from "../errors";
import type { Appointment } from "../model/appointment";
import { closedDatesOf } from "../model/studio";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { assertWithinHorizon } from "./appointment-horizon";
import { commitAppointmentChange } from "./commit-appointment-change";
import { loadAppointment } from "./load-appointment";
import { assertWithinWorkingHours } from "./working-hours";

export interface RescheduleRequest {
  startsAt: string;
  /** Another staff member; the same one when left out. */
  staffId: string | null;
  /** Staff confirmed moving it outside the staff member's working hours. */
  outsideWorkingHours: boolean;
}

/** Moves a booked appointment to another time (and staff member), keeping its length. */
export const rescheduleAppointment =
  (deps: Pick<Dependencies, "studios" | "staff" | "categories" | "projects" | "appointments" | "clock">) =>
  (studioId: string, appointmentId: string, request: RescheduleRequest): Promise<Appointment> =>
    retryOnConcurrentUpdate(async () => {
      const now = deps.clock();
      assertWithinHorizon(request.startsAt, now);
      const [studio, current] = await Promise.all([
        loadStudio(deps.studios, studioId),
        loadAppointment(deps.appointments, studioId, appointmentId),
      ]);
      if (current.status !== "booked") {
        throw new RebookError(
          "APPOINTMENT.INVALID_TRANSITION",
          `a ${current.status} appointment cannot be moved`,
        );
      }
      const length = Date.parse(current.endsAt) - Date.parse(current.startsAt);
      const moved = revised(
        current,
        {
          startsAt: request.startsAt,
          endsAt: new Date(Date.parse(request.startsAt) + length).toISOString(),
          staffId: request.staffId ?? current.staffId,
        },
        now,
      );
      await commitAppointmentChange(deps, studio, current, moved, {
        check: async () => {
          const staffMember = await deps.staff.get(studioId, moved.staffId);
          if (staffMember === null) throw notFound("STAFF.NOT_FOUND", moved.staffId);
          assertWithinWorkingHours(
            staffMember,
            closedDatesOf(studio.settings),
            moved,
            studio.timeZone,
            request.outsideWorkingHours,
          );
        },
      });
      return moved;
    });
