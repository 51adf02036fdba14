import type { Dependencies } from "../ports/dependencies";
import type { PaymentEvent } from "../ports/payments";
import { changeDeposit, type DepositChangeDeps } from "./deposit-changes";

type PaidEvent = Extract<PaymentEvent, { kind: "paid" }>;

/**
 * A deposit's payment, as the provider reported it: a requested deposit becomes paid, and a booking that
 * waited for it becomes booked (its confirmation and reminders planned in the same change). A payment for a
 * request already closed (the time to pay ran out, or the booking was cancelled) is paid back: decided so,
 * rather than reviving the booking, because its slot was released, told to the client and maybe offered to
 * the waitlist. A replayed event, or one for another checkout, changes nothing.
 */
const recordPayment = async (
  deps: DepositChangeDeps & Pick<Dependencies, "studios">,
  event: PaidEvent,
  now: string,
): Promise<void> => {
  const studio = await deps.studios.get(event.studioId);
  if (studio === null) return;
  await changeDeposit(deps, studio, event.appointmentId, now, (current, deposit) => {
    if (deposit.checkoutId !== event.checkoutId) return null;
    const paid = { ...deposit, paymentId: event.paymentId, paidAt: now };
    if (deposit.status === "requested") {
      return {
        deposit: { ...paid, status: "paid" },
        ...(current.status === "pending_deposit" ? { status: "booked" as const } : {}),
      };
    }
    if (deposit.status === "expired" || deposit.status === "cancelled") {
      return { deposit: { ...paid, status: "refunding", settledAt: now } };
    }
    return null;
  });
};

/**
 * The payment provider's webhook: verifies the event's signature (a forged or altered one is refused with
 * `PAYMENT.SIGNATURE_INVALID` and changes nothing) and records a paid deposit once, however often the
 * provider delivers the event.
 */
export const receivePaymentEvent =
  (deps: DepositChangeDeps & Pick<Dependencies, "studios" | "payments" | "clock">) =>
  async (payload: string, signature: string | null): Promise<void> => {
    const event = deps.payments.verifyEvent(payload, signature);
    if (event.kind !== "paid") return;
    await recordPayment(deps, event, deps.clock());
  };
