import type { AppointmentDeposit, AppointmentStatus } from "../model/appointment";
import type { DepositPolicy } from "../model/deposit-policy";

/** What a status change does to the appointment's deposit, if it asked for one. */
export interface StatusOutcome {
  status: AppointmentStatus;
  lateCancellation: boolean;
}

const settled = (deposit: AppointmentDeposit, status: AppointmentDeposit["status"], now: string) =>
  deposit.status === status ? deposit : { ...deposit, status, settledAt: now };

/**
 * The deposit after the appointment became `outcome.status`: an unpaid request closes with a cancellation;
 * a paid deposit counts toward the price on attendance, is kept on a no-show or a late cancellation where
 * the policy says so, and is paid back (`refunding`) on any other cancellation. A no-show the policy does not
 * keep it for leaves it paid, for staff to refund or keep.
 */
export const depositOnStatus = (
  deposit: AppointmentDeposit | undefined,
  outcome: StatusOutcome,
  policy: Pick<DepositPolicy, "retainOn">,
  now: string,
): AppointmentDeposit | undefined => {
  if (deposit === undefined) return undefined;
  const held = deposit.status === "paid" || deposit.status === "credited" || deposit.status === "retained";
  switch (outcome.status) {
    case "cancelled":
      if (deposit.status === "requested") return settled(deposit, "cancelled", now);
      if (!held) return deposit;
      return outcome.lateCancellation && policy.retainOn.includes("late_cancellation")
        ? settled(deposit, "retained", now)
        : settled(deposit, "refunding", now);
    case "attended":
      return held ? settled(deposit, "credited", now) : deposit;
    case "no_show":
      if (!held) return deposit;
      return policy.retainOn.includes("no_show")
        ? settled(deposit, "retained", now)
        : { ...deposit, status: "paid", settledAt: null };
    default:
      return deposit;
  }
};
