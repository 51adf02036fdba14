import type { AppointmentNotice } from "../model/appointment-notice";
import type { Studio } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import { changeDeposit, type DepositChangeDeps } from "./deposit-changes";

/**
 * An online booking whose time to pay is over and which is still unpaid is released, once: cancelled with
 * its deposit `expired`, in one versioned change that frees the slot (offered to the waitlist) and tells the
 * client. A payment that arrived meanwhile, or a run that did it already, leaves it as it is.
 */
export const expireUnpaidDeposit =
  (deps: DepositChangeDeps) => (studio: Studio, notice: AppointmentNotice, now: string) =>
    changeDeposit(deps, studio, notice.appointmentId, now, (current, deposit) =>
      current.status === "pending_deposit" &&
      deposit.status === "requested" &&
      deposit.payBy !== null &&
      Date.parse(deposit.payBy) <= Date.parse(now)
        ? {
            status: "cancelled",
            lateCancellation: false,
            deposit: { ...deposit, status: "expired", settledAt: now },
          }
        : null,
    );

/**
 * Pays back a deposit that is `refunding` at the provider, then records it `refunded`. The idempotency key
 * is the payment's, so a run that died between the two refunds nothing twice when it runs again.
 */
export const refundDeposit =
  (deps: DepositChangeDeps & Pick<Dependencies, "payments">) =>
  async (studio: Studio, notice: AppointmentNotice, now: string): Promise<void> => {
    const current = await deps.appointments.get(studio.id, notice.appointmentId);
    const deposit = current?.deposit;
    if (deposit?.status !== "refunding" || deposit.paymentId === null) return;
    const { refundId } = await deps.payments.refund({
      idempotencyKey: `refund.${notice.appointmentId}.${deposit.paymentId}`,
      paymentId: deposit.paymentId,
      amount: deposit.amount,
    });
    await changeDeposit(deps, studio, notice.appointmentId, now, (_, latest) =>
      latest.status === "refunding"
        ? { deposit: { ...latest, status: "refunded", refundId, settledAt: now } }
        : null,
    );
  };
