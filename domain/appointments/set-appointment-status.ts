import { depositOnStatus } from "../deposits/deposit-on-status";
import { depositPolicyOf } from "../deposits/deposit-rules";
import { RebookError, validationError } from "../errors";
import type { Appointment, AppointmentStatus } from "../model/appointment";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { commitAppointmentChange } from "./commit-appointment-change";
import { loadAppointment } from "./load-appointment";

export type StatusChange =
  | { status: "attended" }
  | { status: "cancelled"; late?: boolean; lateReason?: string }
  | { status: "no_show"; reason: string };

/** A booking ends once (one waiting for its deposit can only be cancelled); attended and no-show may be corrected into each other. Cancelled is final. */
const allowedNext: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  pending_deposit: ["cancelled"],
  booked: ["attended", "cancelled", "no_show"],
  attended: ["no_show"],
  no_show: ["attended"],
  cancelled: [],
};

/** Whether the client came can only be said once the appointment has begun. */
const needsStart: readonly AppointmentStatus[] = ["attended", "no_show"];

/**
 * Whether a cancellation counts as late: inside the studio's cut-off, unless staff decide otherwise, which
 * needs a reason.
 */
const lateness = (change: StatusChange, insideCutOff: boolean) => {
  if (change.status !== "cancelled") return { lateCancellation: false };
  if (change.late === undefined || change.late === insideCutOff) return { lateCancellation: insideCutOff };
  if (change.lateReason === undefined) {
    throw validationError(
      "lateReason",
      `the studio's cut-off counts this cancellation as ${insideCutOff ? "late" : "in time"}; say why it is not`,
    );
  }
  return { lateCancellation: change.late, lateOverrideReason: change.lateReason };
};

export const setAppointmentStatus =
  (
    deps: Pick<
      Dependencies,
      "studios" | "categories" | "projects" | "appointments" | "onlineBooking" | "clock"
    >,
  ) =>
  (studioId: string, appointmentId: string, change: StatusChange): Promise<Appointment> =>
    retryOnConcurrentUpdate(async () => {
      const [studio, current, booking] = await Promise.all([
        loadStudio(deps.studios, studioId),
        loadAppointment(deps.appointments, studioId, appointmentId),
        deps.onlineBooking.settings(studioId),
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
      const late = lateness(
        change,
        Date.parse(current.startsAt) - Date.parse(now) < booking.cancellationCutoffHours * 3_600_000,
      );
      const deposit = depositOnStatus(
        current.deposit,
        { status: change.status, lateCancellation: late.lateCancellation },
        depositPolicyOf(studio.settings),
        now,
      );
      const updated = revised(
        current,
        {
          status: change.status,
          ...late,
          noShowReason: change.status === "no_show" ? change.reason : null,
          ...(deposit === undefined ? {} : { deposit }),
        },
        now,
      );
      await commitAppointmentChange(deps, studio, current, updated);
      return updated;
    });
