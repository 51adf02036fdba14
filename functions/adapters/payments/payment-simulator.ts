import { createHmac, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../../domain/ports/dependencies";
import type { Checkout, Payments } from "../../../domain/ports/payments";
import { signStripePayload, verifyStripeEvent } from "./stripe-events";

/** Like a Stripe Checkout Session, which stays payable 24 h whatever hold Rebook keeps. */
const PAYABLE_FOR_MS = 24 * 3600 * 1000;

/** What a simulated checkout's page shows and its payment reports, sealed into the page's token. */
export interface SimulatedCheckout {
  id: string;
  amount: number;
  currency: string;
  description: string;
  returnUrl: string;
  studioId: string;
  appointmentId: string;
  createdAt: string;
}

export interface SimulatedRefund {
  refundId: string;
  paymentId: string;
  amount: number;
}

export interface PaymentSimulator extends Payments {
  /** Every refund made, once per idempotency key, in order. */
  readonly refunds: readonly SimulatedRefund[];
  /** The checkout a page's token names; null when the token is forged or altered. */
  checkoutOf(token: string): SimulatedCheckout | null;
  /** Whether the client can still pay on the checkout's page at the simulator's clock. */
  isPayable(checkout: SimulatedCheckout): boolean;
  /**
   * The signed `checkout.session.completed` that paying sends, as Stripe shapes it. The same checkout
   * always gives the same event (id, payment, body), so paying twice delivers a replay.
   */
  paidEvent(checkout: SimulatedCheckout): { payload: string; signature: string };
}

export interface PaymentSimulatorOptions {
  /** Signs the pages' tokens and the events, as a Stripe endpoint's signing secret signs its events. */
  webhookSecret: string;
  /** Origin of the simulator's pages: the local server's. */
  baseUrl: string;
  clock: Clock;
}

const base64url = (text: string | Buffer) => Buffer.from(text).toString("base64url");

/**
 * The payment provider of the local stack and the tests: checkouts paid or abandoned on its own pages
 * (`payment-simulator-pages.ts`), events signed and verified exactly as Stripe's, and refunds it records.
 * Ids follow from the idempotency keys, as Stripe answers a repeated key with the first answer.
 */
export const paymentSimulator = ({
  webhookSecret,
  baseUrl,
  clock,
}: PaymentSimulatorOptions): PaymentSimulator => {
  const keyed = (purpose: string, value: string) =>
    createHmac("sha256", webhookSecret).update(`${purpose}:${value}`).digest("hex").slice(0, 24);
  const seal = (facts: string) => createHmac("sha256", webhookSecret).update(facts).digest();
  const checkouts = new Map<string, Checkout>();
  const refunds = new Map<string, SimulatedRefund>();

  const tokenOf = (checkout: SimulatedCheckout) => {
    const facts = base64url(JSON.stringify(checkout));
    return `${facts}.${base64url(seal(facts))}`;
  };

  return {
    get refunds() {
      return [...refunds.values()];
    },
    startCheckout: async (request) => {
      const known = checkouts.get(request.idempotencyKey);
      if (known !== undefined) return known;
      const checkout: SimulatedCheckout = {
        id: `cs_sim_${keyed("checkout", request.idempotencyKey)}`,
        amount: request.amount,
        currency: request.currency.toUpperCase(),
        description: request.description,
        returnUrl: request.returnUrl,
        studioId: request.studioId,
        appointmentId: request.appointmentId,
        createdAt: clock(),
      };
      const opened = { checkoutId: checkout.id, url: `${baseUrl}/pay/${tokenOf(checkout)}` };
      checkouts.set(request.idempotencyKey, opened);
      return opened;
    },
    refund: async (request) => {
      const known = refunds.get(request.idempotencyKey);
      if (known !== undefined) return { refundId: known.refundId };
      const refund = {
        refundId: `re_sim_${keyed("refund", request.idempotencyKey)}`,
        paymentId: request.paymentId,
        amount: request.amount,
      };
      refunds.set(request.idempotencyKey, refund);
      return { refundId: refund.refundId };
    },
    verifyEvent: (payload, signature) => verifyStripeEvent(payload, signature, webhookSecret),
    checkoutOf: (token) => {
      const [facts, mac] = token.split(".");
      if (facts === undefined || mac === undefined) return null;
      const given = Buffer.from(mac, "base64url");
      const expected = seal(facts);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return JSON.parse(Buffer.from(facts, "base64url").toString("utf8")) as SimulatedCheckout;
    },
    isPayable: (checkout) => Date.parse(clock()) < Date.parse(checkout.createdAt) + PAYABLE_FOR_MS,
    paidEvent: (checkout) => {
      const payload = JSON.stringify({
        id: `evt_sim_${keyed("event", checkout.id)}`,
        object: "event",
        type: "checkout.session.completed",
        created: Math.floor(Date.parse(checkout.createdAt) / 1000),
        livemode: false,
        data: {
          object: {
            id: checkout.id,
            object: "checkout.session",
            mode: "payment",
            status: "complete",
            payment_status: "paid",
            payment_intent: `pi_sim_${keyed("payment", checkout.id)}`,
            amount_total: checkout.amount,
            currency: checkout.currency.toLowerCase(),
            client_reference_id: checkout.appointmentId,
            metadata: { studioId: checkout.studioId, appointmentId: checkout.appointmentId },
            success_url: checkout.returnUrl,
            cancel_url: checkout.returnUrl,
          },
        },
      });
      return { payload, signature: signStripePayload(payload, webhookSecret) };
    },
  };
};
