import Stripe from "stripe";
import { RebookError } from "../../../domain/errors";
import type { PaymentEvent } from "../../../domain/ports/payments";

/** The metadata a deposit's checkout carries, on the session and on its PaymentIntent. */
export interface CheckoutMetadata {
  studioId: string;
  appointmentId: string;
}

const paymentIdOf = (session: Stripe.Checkout.Session): string | null =>
  typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);

/**
 * A paid checkout of one of Rebook's deposits, or `ignored`: a session without Rebook's metadata (made
 * elsewhere on the account) or without a payment is none of ours to act on.
 */
const paidOrIgnored = (event: Stripe.Event, session: Stripe.Checkout.Session): PaymentEvent => {
  const studioId = session.metadata?.studioId;
  const appointmentId = session.metadata?.appointmentId;
  const paymentId = paymentIdOf(session);
  if (
    !studioId ||
    !appointmentId ||
    paymentId === null ||
    session.amount_total === null ||
    !session.currency
  ) {
    return { kind: "ignored", eventId: event.id, type: event.type };
  }
  return {
    kind: "paid",
    eventId: event.id,
    checkoutId: session.id,
    paymentId,
    amount: session.amount_total,
    currency: session.currency.toUpperCase(),
    studioId,
    appointmentId,
  };
};

/**
 * What Rebook acts on: a completed checkout that is paid (cards), or the later success of a delayed method
 * (a bank debit completes the session unpaid and succeeds days after). Everything else is ignored.
 */
const paymentEventOf = (event: Stripe.Event): PaymentEvent => {
  if (event.type === "checkout.session.completed" && event.data.object.payment_status === "paid") {
    return paidOrIgnored(event, event.data.object);
  }
  if (event.type === "checkout.session.async_payment_succeeded")
    return paidOrIgnored(event, event.data.object);
  return { kind: "ignored", eventId: event.id, type: event.type };
};

/**
 * Verifies a webhook's `Stripe-Signature` (HMAC-SHA256 of the timestamp and the raw body with the endpoint's
 * secret, within Stripe's 300 s tolerance against replays of old deliveries) and reads the event. The
 * Stripe adapter and the payment simulator both verify here.
 */
export const verifyStripeEvent = (
  payload: string,
  signature: string | null,
  secret: string,
): PaymentEvent => {
  if (signature === null)
    throw new RebookError("PAYMENT.SIGNATURE_INVALID", "the event carries no signature");
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, secret);
  } catch (error) {
    throw new RebookError("PAYMENT.SIGNATURE_INVALID", "the event's signature does not verify", {
      cause: error,
    });
  }
  return paymentEventOf(event);
};

/** Signs a payload as Stripe signs its deliveries: what the simulator sends and the tests forge. */
export const signStripePayload = (payload: string, secret: string, timestampSeconds?: number): string =>
  Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestampSeconds === undefined ? {} : { timestamp: timestampSeconds }),
  });
