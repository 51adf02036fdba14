import { commitAppointmentChange } from "../appointments/commit-appointment-change";
import { loadAppointment } from "../appointments/load-appointment";
import { setAppointmentStatus } from "../appointments/set-appointment-status";
import type { Appointment } from "../model/appointment";
import type { Studio } from "../model/studio";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { notAvailable } from "./booking-studio";
import { readManageToken } from "./manage-link";

export interface ManagedAppointment {
  studio: Studio;
  appointment: Appointment;
  /** Whether cancelling now would be recorded as late (inside the studio's cut-off). */
  lateIfCancelledNow: boolean;
  cancellable: boolean;
}

const HOUR = 3_600_000;

type ManageDeps = Pick<
  Dependencies,
  "studios" | "onlineBooking" | "appointments" | "categories" | "projects" | "clock"
>;

const managed = async (deps: ManageDeps, token: string, secret: string): Promise<ManagedAppointment> => {
  const { studioId, appointmentId } = readManageToken(token, secret);
  const [studio, appointment, settings] = await Promise.all([
    loadStudio(deps.studios, studioId).catch(() => {
      throw notAvailable();
    }),
    loadAppointment(deps.appointments, studioId, appointmentId).catch(() => {
      throw notAvailable();
    }),
    deps.onlineBooking.settings(studioId),
  ]);
  const now = Date.parse(deps.clock());
  const starts = Date.parse(appointment.startsAt);
  return {
    studio,
    appointment,
    lateIfCancelledNow: starts - now < settings.cancellationCutoffHours * HOUR,
    cancellable:
      (appointment.status === "booked" || appointment.status === "pending_deposit") && starts > now,
  };
};

/** What the client's link shows: the appointment, and whether (and how) it can still be cancelled. */
export const viewManagedBooking = (deps: ManageDeps, secret: string) => (token: string) =>
  managed(deps, token, secret);

/** Confirms from the client's link (the reminder's): once, and only while the appointment is still ahead. */
export const confirmManagedBooking = (deps: ManageDeps, secret: string) => async (token: string) => {
  const current = await managed(deps, token, secret);
  const { appointment, studio } = current;
  if (!current.cancellable || appointment.status !== "booked" || appointment.confirmedAt !== undefined)
    return current;
  return retryOnConcurrentUpdate(async () => {
    const before = await loadAppointment(deps.appointments, studio.id, appointment.id);
    if (before.confirmedAt !== undefined) return { ...current, appointment: before };
    const confirmed = revised(before, { confirmedAt: deps.clock() }, deps.clock());
    await commitAppointmentChange(deps, studio, before, confirmed);
    return { ...current, appointment: confirmed };
  });
};

/**
 * Cancels from the client's link, once: later than the studio's cut-off it counts as a late cancellation.
 * A booking already cancelled answers as it is; one that has started cannot be cancelled any more.
 */
export const cancelManagedBooking = (deps: ManageDeps, secret: string) => async (token: string) => {
  const current = await managed(deps, token, secret);
  if (!current.cancellable) return current;
  const appointment = await setAppointmentStatus(deps)(current.studio.id, current.appointment.id, {
    status: "cancelled",
    late: current.lateIfCancelledNow,
  });
  return { ...current, appointment, cancellable: false };
};
