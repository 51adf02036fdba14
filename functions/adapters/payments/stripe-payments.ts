import type Stripe from "stripe";
import type { Clock } from "../../../domain/ports/dependencies";
import type { CheckoutRequest, Payments } from "../../../domain/ports/payments";
import { type CheckoutMetadata, verifyStripeEvent } from "./stripe-events";

/** Stripe refuses a session that expires in less than 30 minutes; a minute more absorbs clock skew. */
const SHORTEST_OPEN_SECONDS = 31 * 60;
/** …and one that stays open longer than 24 hours. */
const LONGEST_OPEN_SECONDS = 24 * 3600;

/** The languages Stripe Checkout speaks, by their language subtag; any other shows the browser's ("auto"). */
const CHECKOUT_LANGUAGES = new Set([
  ..."bg cs da de el en es et fi fil fr hr hu id it ja ko lt lv ms mt nb nl pl pt ro ru sk sl sv th tr vi zh".split(
    " ",
  ),
]);

const checkoutLocaleOf = (locale: string): Stripe.Checkout.SessionCreateParams.Locale => {
  const language = locale.split("-")[0]!.toLowerCase();
  return CHECKOUT_LANGUAGES.has(language) ? (language as Stripe.Checkout.SessionCreateParams.Locale) : "auto";
};

const epochSeconds = (instant: string): number => Math.floor(Date.parse(instant) / 1000);

/** Open until the hold ends, within the window Stripe accepts. */
const expiresAtOf = (openUntil: string, now: string): number =>
  Math.min(
    Math.max(epochSeconds(openUntil), epochSeconds(now) + SHORTEST_OPEN_SECONDS),
    epochSeconds(now) + LONGEST_OPEN_SECONDS,
  );

const sessionParams = (request: CheckoutRequest, now: string): Stripe.Checkout.SessionCreateParams => {
  const metadata: CheckoutMetadata & Stripe.MetadataParam = {
    studioId: request.studioId,
    appointmentId: request.appointmentId,
  };
  return {
    mode: "payment",
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: request.currency.toLowerCase(),
          unit_amount: request.amount,
          product_data: { name: request.description },
        },
      },
    ],
    metadata,
    payment_intent_data: { metadata },
    client_reference_id: request.appointmentId,
    success_url: request.returnUrl,
    cancel_url: request.returnUrl,
    expires_at: expiresAtOf(request.openUntil, now),
    locale: checkoutLocaleOf(request.locale),
    ...(request.customerEmail === null ? {} : { customer_email: request.customerEmail }),
  };
};

/**
 * Deposits through Stripe Checkout on the platform's own account: a hosted page per deposit, refunds of its
 * PaymentIntent, and the webhook's events verified with the endpoint's signing secret. Every call that
 * changes something carries the caller's idempotency key, so a retried call (ours, or the client's own
 * `maxNetworkRetries`) opens no second checkout and pays back nothing twice.
 */
export const stripePayments = (stripe: Stripe, webhookSecret: string, clock: Clock): Payments => ({
  startCheckout: async (request) => {
    const session = await stripe.checkout.sessions.create(sessionParams(request, clock()), {
      idempotencyKey: request.idempotencyKey,
    });
    if (session.url === null) throw new Error(`Stripe opened checkout ${session.id} without a page`);
    return { checkoutId: session.id, url: session.url };
  },
  refund: async (request) => {
    const refund = await stripe.refunds.create(
      { payment_intent: request.paymentId, amount: request.amount },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundId: refund.id };
  },
  verifyEvent: (payload, signature) => verifyStripeEvent(payload, signature, webhookSecret),
});
