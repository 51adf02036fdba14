import * as z from "zod";
import { receivePaymentEvent } from "../../../domain/deposits/receive-payment-event";
import { type PublicRouteSpec, publicRoute } from "../../shared/http/route";
import type { PublicRouteKey } from "../public/public-routes";

/** Stripe's events run to a few KB, a session with many fields past 8 KB; none comes near this. */
const EVENT_LIMIT_BYTES = 64 * 1024;

/**
 * The payment provider's webhook, public: Stripe authenticates by signing alone. The function verifies the
 * `Stripe-Signature` over the raw body before anything is read, and a paid deposit is recorded once, so a
 * replayed or retried event changes nothing. Stripe retries any answer but a 2xx for up to three days,
 * signing each attempt afresh: a 500 (anything failing on our side) is delivered again, while the 400 of a
 * refused signature only ever reaches a forger.
 */
export const paymentRoutes: Record<PublicRouteKey<"payments">, PublicRouteSpec> = {
  "POST /payments/stripe": publicRoute({
    summary: "Receive a signed Stripe event: a paid deposit confirms its booking; replays change nothing",
    body: z.string().min(1),
    bodyFormat: "raw",
    bodyLimitBytes: EVENT_LIMIT_BYTES,
    response: z.strictObject({ received: z.literal(true) }),
    metric: "PaymentEvent",
    handle: (deps) => {
      const receive = receivePaymentEvent(deps);
      return async ({ body, headers }) => {
        await receive(body, headers["stripe-signature"] ?? null);
        return { received: true as const };
      };
    },
  }),
};
