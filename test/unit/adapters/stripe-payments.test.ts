import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { signStripePayload } from "../../../functions/adapters/payments/stripe-events";
import { stripePayments } from "../../../functions/adapters/payments/stripe-payments";
import { aCheckoutRequest as aCheckout } from "../../fakes/checkout-request-builder";

interface RecordedRequest {
  method: string;
  path: string;
  fields: Record<string, string>;
  idempotencyKey: string | null;
}

const WEBHOOK_SECRET = "whsec_test_secret";
const NOW = "2026-04-14T08:00:00.000Z";

/** A Stripe client whose requests never leave the process: each is recorded and answered with `answer`. */
const recordingStripe = (answer: Record<string, unknown>) => {
  const requests: RecordedRequest[] = [];
  const fakeFetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    requests.push({
      method: init?.method ?? "GET",
      path: new URL(String(url)).pathname,
      fields: Object.fromEntries(new URLSearchParams(String(init?.body ?? ""))),
      idempotencyKey: headers.get("idempotency-key"),
    });
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { "content-type": "application/json", "request-id": "req_test" },
    });
  };
  const stripe = new Stripe("sk_test_rebook", {
    httpClient: Stripe.createFetchHttpClient(fakeFetch as typeof fetch),
    maxNetworkRetries: 0,
  });
  return { stripe, requests };
};

const epoch = (instant: string) => String(Date.parse(instant) / 1000);

describe("the Stripe adapter's checkouts", () => {
  const session = {
    id: "cs_test_1",
    object: "checkout.session",
    url: "https://checkout.stripe.com/c/pay/cs_1",
  };

  it("opens a Checkout Session for one line of the deposit, with Rebook's ids and the caller's idempotency key", async () => {
    const { stripe, requests } = recordingStripe(session);

    const checkout = await stripePayments(stripe, WEBHOOK_SECRET, () => NOW).startCheckout(aCheckout());

    expect(checkout).toEqual({ checkoutId: "cs_test_1", url: "https://checkout.stripe.com/c/pay/cs_1" });
    expect(requests).toEqual([
      {
        method: "POST",
        path: "/v1/checkout/sessions",
        idempotencyKey: "deposit-checkout-a1",
        fields: {
          mode: "payment",
          "line_items[0][quantity]": "1",
          "line_items[0][price_data][currency]": "eur",
          "line_items[0][price_data][unit_amount]": "5000",
          "line_items[0][price_data][product_data][name]": "Deposit: Full sleeve session, Tue 14 Apr 10:00",
          "metadata[studioId]": "studio-1",
          "metadata[appointmentId]": "appt-1",
          "payment_intent_data[metadata][studioId]": "studio-1",
          "payment_intent_data[metadata][appointmentId]": "appt-1",
          client_reference_id: "appt-1",
          success_url: "https://book.rebook.test/b/token-1",
          cancel_url: "https://book.rebook.test/b/token-1",
          expires_at: epoch("2026-04-14T09:00:00.000Z"),
          locale: "de",
          customer_email: "ada@example.com",
        },
      },
    ]);
  });

  it("keeps a session open at least 31 minutes, as Stripe refuses shorter ones, and at most 24 hours", async () => {
    const { stripe, requests } = recordingStripe(session);
    const payments = stripePayments(stripe, WEBHOOK_SECRET, () => NOW);

    await payments.startCheckout(aCheckout({ openUntil: "2026-04-14T08:10:00.000Z" }));
    await payments.startCheckout(aCheckout({ openUntil: "2026-04-16T08:00:00.000Z" }));

    expect(requests.map((request) => request.fields.expires_at)).toEqual([
      epoch("2026-04-14T08:31:00.000Z"),
      epoch("2026-04-15T08:00:00.000Z"),
    ]);
  });

  it("names no customer without an address, and lets Stripe pick the language where it has not the studio's", async () => {
    const { stripe, requests } = recordingStripe(session);

    await stripePayments(stripe, WEBHOOK_SECRET, () => NOW).startCheckout(
      aCheckout({ customerEmail: null, locale: "ga-IE" }),
    );

    expect(requests[0]!.fields).not.toHaveProperty("customer_email");
    expect(requests[0]!.fields.locale).toBe("auto");
  });
});

describe("the Stripe adapter's refunds", () => {
  it("refunds part or all of the deposit's PaymentIntent under the caller's idempotency key", async () => {
    const { stripe, requests } = recordingStripe({ id: "re_1", object: "refund", amount: 2000 });

    const refund = await stripePayments(stripe, WEBHOOK_SECRET, () => NOW).refund({
      idempotencyKey: "deposit-refund-a1",
      paymentId: "pi_1",
      amount: 2000,
    });

    expect(refund).toEqual({ refundId: "re_1" });
    expect(requests).toEqual([
      {
        method: "POST",
        path: "/v1/refunds",
        idempotencyKey: "deposit-refund-a1",
        fields: { payment_intent: "pi_1", amount: "2000" },
      },
    ]);
  });
});

describe("the Stripe adapter's webhook events", () => {
  const { stripe } = recordingStripe({});
  const payments = stripePayments(stripe, WEBHOOK_SECRET, () => NOW);

  const sessionEvent = (type: string, session: Record<string, unknown>) =>
    JSON.stringify({
      id: "evt_1",
      object: "event",
      type,
      data: {
        object: {
          id: "cs_test_1",
          object: "checkout.session",
          payment_status: "paid",
          payment_intent: "pi_1",
          amount_total: 5000,
          currency: "eur",
          client_reference_id: "appt-1",
          metadata: { studioId: "studio-1", appointmentId: "appt-1" },
          ...session,
        },
      },
    });
  const paid = {
    kind: "paid",
    eventId: "evt_1",
    checkoutId: "cs_test_1",
    paymentId: "pi_1",
    amount: 5000,
    currency: "EUR",
    studioId: "studio-1",
    appointmentId: "appt-1",
  };

  it("reads a signed, paid checkout as the deposit's payment", () => {
    const payload = sessionEvent("checkout.session.completed", {});

    expect(payments.verifyEvent(payload, signStripePayload(payload, WEBHOOK_SECRET))).toEqual(paid);
  });

  it("reads the later success of a delayed payment method as the payment, and its unpaid completion as nothing", () => {
    const completed = sessionEvent("checkout.session.completed", { payment_status: "unpaid" });
    const succeeded = sessionEvent("checkout.session.async_payment_succeeded", {});

    expect(payments.verifyEvent(completed, signStripePayload(completed, WEBHOOK_SECRET))).toEqual({
      kind: "ignored",
      eventId: "evt_1",
      type: "checkout.session.completed",
    });
    expect(payments.verifyEvent(succeeded, signStripePayload(succeeded, WEBHOOK_SECRET))).toEqual(paid);
  });

  it("ignores other events, and checkouts without Rebook's metadata", () => {
    const expired = sessionEvent("checkout.session.expired", {});
    const foreign = sessionEvent("checkout.session.completed", { metadata: {} });

    expect(payments.verifyEvent(expired, signStripePayload(expired, WEBHOOK_SECRET))).toEqual({
      kind: "ignored",
      eventId: "evt_1",
      type: "checkout.session.expired",
    });
    expect(payments.verifyEvent(foreign, signStripePayload(foreign, WEBHOOK_SECRET))).toMatchObject({
      kind: "ignored",
    });
  });

  it.each([
    ["an altered payload", (payload: string) => payload.replace("5000", "1"), signStripePayload],
    [
      "another secret",
      (payload: string) => payload,
      (payload: string) => signStripePayload(payload, "whsec_other"),
    ],
    [
      "a stale timestamp (over 300 s)",
      (payload: string) => payload,
      (payload: string, secret: string) =>
        signStripePayload(payload, secret, Math.floor(Date.now() / 1000) - 301),
    ],
  ])("refuses %s as PAYMENT.SIGNATURE_INVALID", (_case, alter, sign) => {
    const payload = sessionEvent("checkout.session.completed", {});
    const signature = sign(payload, WEBHOOK_SECRET);

    expect(() => payments.verifyEvent(alter(payload), signature)).toThrow(
      expect.objectContaining({ code: "PAYMENT.SIGNATURE_INVALID" }),
    );
  });

  it("refuses an event without a signature, or with a garbled one", () => {
    const payload = sessionEvent("checkout.session.completed", {});

    for (const signature of [null, "", "t=1,v1=nothex"]) {
      expect(() => payments.verifyEvent(payload, signature)).toThrow(
        expect.objectContaining({ code: "PAYMENT.SIGNATURE_INVALID" }),
      );
    }
  });
});
