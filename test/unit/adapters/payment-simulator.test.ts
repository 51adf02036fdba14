import { describe, expect, it } from "vitest";
import type { CheckoutRequest } from "../../../domain/ports/payments";
import { paymentSimulator } from "../../../functions/adapters/payments/payment-simulator";
import { paymentSimulatorPages } from "../../../functions/local/payment-simulator-pages";
import { aCheckoutRequest } from "../../fakes/checkout-request-builder";

const BASE_URL = "http://localhost:3000";

const aCheckout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest =>
  aCheckoutRequest({
    description: "Deposit: Full sleeve <session>",
    returnUrl: "http://localhost:3000/b/token-1",
    ...overrides,
  });

/** A simulator at a clock the test moves, its pages, and what they delivered to the webhook. */
const simulated = (refuseDelivery = false) => {
  let now = "2026-04-14T08:00:00.000Z";
  const simulator = paymentSimulator({
    webhookSecret: "whsec_simulator",
    baseUrl: BASE_URL,
    clock: () => now,
  });
  const delivered: { payload: string; signature: string }[] = [];
  const pages = paymentSimulatorPages(simulator, async (payload, signature) => {
    if (refuseDelivery) throw new Error("webhook answered 500");
    delivered.push({ payload, signature });
  });
  const pathOf = (url: string) => new URL(url).pathname;
  const open = (path: string) => pages({ method: "GET", path, query: new URLSearchParams() });
  const act = (path: string, action: string) =>
    pages({ method: "POST", path, query: new URLSearchParams({ action }) });
  return {
    simulator,
    delivered,
    pathOf,
    open,
    act,
    setNow: (instant: string) => {
      now = instant;
    },
  };
};

describe("the payment simulator's checkouts", () => {
  it("opens the same checkout for the same idempotency key, and another for another key", async () => {
    const { simulator } = simulated();

    const first = await simulator.startCheckout(aCheckout());
    const again = await simulator.startCheckout(aCheckout());
    const other = await simulator.startCheckout(aCheckout({ idempotencyKey: "deposit-checkout-b2" }));

    expect(again).toEqual(first);
    expect(first.checkoutId).toMatch(/^cs_sim_[0-9a-f]{24}$/);
    expect(first.url.startsWith(`${BASE_URL}/pay/`)).toBe(true);
    expect(other.checkoutId).not.toBe(first.checkoutId);
  });

  it("shows the deposit on a page without scripts, with Pay and Abandon", async () => {
    const { simulator, pathOf, open } = simulated();
    const checkout = await simulator.startCheckout(aCheckout());

    const page = await open(pathOf(checkout.url));

    expect(page?.statusCode).toBe(200);
    expect(page?.headers?.["content-security-policy"]).toContain("default-src 'none'");
    expect(page?.body).toContain("Deposit: Full sleeve &lt;session&gt;");
    expect(page?.body).toContain("€50.00");
    expect(page?.body).toContain(`action="${pathOf(checkout.url)}?action=pay"`);
    expect(page?.body).toContain(`action="${pathOf(checkout.url)}?action=abandon"`);
  });

  it("answers a forged or altered token with a 404 page, and other paths not at all", async () => {
    const { simulator, pathOf, open, act, delivered } = simulated();
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);
    const [facts, mac] = path.slice("/pay/".length).split(".") as [string, string];
    const forgedFacts = Buffer.from(
      Buffer.from(facts, "base64url").toString().replace('"amount":5000', '"amount":1'),
    ).toString("base64url");

    expect((await open(`/pay/${forgedFacts}.${mac}`))?.statusCode).toBe(404);
    expect((await act(`/pay/${facts}.${mac.slice(1)}`, "pay"))?.statusCode).toBe(404);
    expect((await open("/pay/garbage"))?.statusCode).toBe(404);
    expect(delivered).toEqual([]);
    expect(await open("/book/x")).toBeNull();
  });

  it("pays: delivers a signed checkout.session.completed for the deposit and leads back to the booking", async () => {
    const { simulator, pathOf, act, delivered } = simulated();
    const checkout = await simulator.startCheckout(aCheckout());

    const answer = await act(pathOf(checkout.url), "pay");

    expect(answer).toEqual({ statusCode: 303, headers: { location: "http://localhost:3000/b/token-1" } });
    expect(delivered).toHaveLength(1);
    const event = simulator.verifyEvent(delivered[0]!.payload, delivered[0]!.signature);
    expect(event).toEqual({
      kind: "paid",
      eventId: expect.stringMatching(/^evt_sim_/),
      checkoutId: checkout.checkoutId,
      paymentId: expect.stringMatching(/^pi_sim_/),
      amount: 5000,
      currency: "EUR",
      studioId: "studio-1",
      appointmentId: "appt-1",
    });
    expect(JSON.parse(delivered[0]!.payload).data.object).toMatchObject({
      object: "checkout.session",
      client_reference_id: "appt-1",
      currency: "eur",
    });
  });

  it("delivers the very same event when paid twice: a replay", async () => {
    const { simulator, pathOf, act, delivered } = simulated();
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);

    await act(path, "pay");
    await act(path, "pay");

    expect(delivered).toHaveLength(2);
    expect(delivered[1]!.payload).toBe(delivered[0]!.payload);
  });

  it("abandons: leads back to the booking and delivers nothing", async () => {
    const { simulator, pathOf, act, delivered } = simulated();
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);

    const answer = await act(path, "abandon");

    expect(answer?.statusCode).toBe(303);
    expect(answer?.headers?.location).toBe("http://localhost:3000/b/token-1");
    expect(delivered).toEqual([]);
  });

  it("stays payable 24 hours from its opening, long after the booking's hold, like a Stripe session", async () => {
    const { simulator, pathOf, act, setNow, delivered } = simulated();
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);

    setNow("2026-04-15T07:59:00.000Z");
    expect((await act(path, "pay"))?.statusCode).toBe(303);
    setNow("2026-04-15T08:00:00.000Z");
    expect((await act(path, "pay"))?.statusCode).toBe(410);
    expect(delivered).toHaveLength(1);
  });

  it("says so when the webhook does not take the payment, so it can be paid again", async () => {
    const { simulator, pathOf, act } = simulated(true);
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);

    const answer = await act(path, "pay");

    expect(answer?.statusCode).toBe(502);
    expect(answer?.body).toContain("pay again");
  });

  it("refuses other methods and actions", async () => {
    const { simulator, pathOf, act } = simulated();
    const path = pathOf((await simulator.startCheckout(aCheckout())).url);

    expect((await act(path, "refund"))?.statusCode).toBe(400);
  });
});

describe("the payment simulator's refunds", () => {
  it("records each refund once per idempotency key, with the same id when retried", async () => {
    const { simulator } = simulated();

    const first = await simulator.refund({
      idempotencyKey: "refund-a1",
      paymentId: "pi_sim_1",
      amount: 5000,
    });
    const retried = await simulator.refund({
      idempotencyKey: "refund-a1",
      paymentId: "pi_sim_1",
      amount: 5000,
    });
    await simulator.refund({ idempotencyKey: "refund-b2", paymentId: "pi_sim_2", amount: 2000 });

    expect(retried).toEqual(first);
    expect(simulator.refunds).toEqual([
      { refundId: first.refundId, paymentId: "pi_sim_1", amount: 5000 },
      { refundId: expect.stringMatching(/^re_sim_/), paymentId: "pi_sim_2", amount: 2000 },
    ]);
  });
});
