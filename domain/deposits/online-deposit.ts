import { reliability } from "../client-card/reliability";
import type { AppointmentDeposit } from "../model/appointment";
import type { Service } from "../model/catalog";
import type { Studio } from "../model/studio";
import type { BookingCard } from "../online-booking/phone-verification";
import type { Dependencies } from "../ports/dependencies";
import { depositFor, depositPolicyOf } from "./deposit-rules";

const MINUTE = 60_000;

export interface OnlineDepositRequest {
  studio: Studio;
  service: Service;
  /** The phone's card, or null for a client the studio does not know yet. */
  card: BookingCard | null;
  appointmentId: string;
  /** The client's page of the booking: where the checkout returns to. */
  returnUrl: string;
  description: string;
  email: string | null;
  now: string;
}

/**
 * The deposit an online booking must pay before it is booked, by the studio's policy, with its checkout
 * opened (keyed by the appointment, so a retry opens no second one); null when none is due.
 */
export const onlineDeposit = async (
  deps: Pick<Dependencies, "payments">,
  { studio, service, card, appointmentId, returnUrl, description, email, now }: OnlineDepositRequest,
): Promise<AppointmentDeposit | null> => {
  const policy = depositPolicyOf(studio.settings);
  const standing = card === null ? null : reliability(card.history, now);
  const amount = depositFor(policy, {
    servicePrice: service.price,
    categoryId: service.categoryId,
    reliability: standing?.colour ?? "neutral",
    tags: card?.client.tags.map((tag) => tag.toLowerCase()) ?? [],
    newClient: standing === null || standing.attended + standing.noShows === 0,
  });
  if (amount === null) return null;
  const payBy = new Date(Date.parse(now) + policy.payWithinMinutes * MINUTE).toISOString();
  const checkout = await deps.payments.startCheckout({
    idempotencyKey: `deposit.${appointmentId}`,
    studioId: studio.id,
    appointmentId,
    amount,
    currency: studio.currency,
    description,
    returnUrl,
    openUntil: payBy,
    customerEmail: email,
    locale: studio.locale,
  });
  return {
    amount,
    currency: studio.currency,
    status: "requested",
    requestedAt: now,
    payBy,
    checkoutId: checkout.checkoutId,
    paymentUrl: checkout.url,
    paymentId: null,
    paidAt: null,
    refundId: null,
    settledAt: null,
  };
};
