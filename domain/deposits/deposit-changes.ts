import { commitAppointmentChange } from "../appointments/commit-appointment-change";
import type { Appointment, AppointmentDeposit } from "../model/appointment";
import type { Studio } from "../model/studio";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";

export type DepositChangeDeps = Pick<Dependencies, "appointments" | "categories" | "projects">;

/**
 * Changes an appointment's deposit (and maybe its status) as one appointment change, read fresh and retried
 * when a concurrent change won: `change` sees the current appointment and returns its next state, or null
 * when there is nothing to do (a replay, or a state another change already reached). Resolves to the
 * appointment as it then is.
 */
export const changeDeposit = (
  deps: DepositChangeDeps,
  studio: Studio,
  appointmentId: string,
  now: string,
  change: (
    current: Appointment,
    deposit: AppointmentDeposit,
  ) => Partial<Pick<Appointment, "status" | "deposit" | "lateCancellation">> | null,
): Promise<Appointment | null> =>
  retryOnConcurrentUpdate(async (): Promise<Appointment | null> => {
    const current = await deps.appointments.get(studio.id, appointmentId);
    if (current?.deposit === undefined) return current;
    const changes = change(current, current.deposit);
    if (changes === null) return current;
    const next = revised<Appointment>(current, changes, now);
    await commitAppointmentChange(deps, studio, current, next);
    return next;
  });
