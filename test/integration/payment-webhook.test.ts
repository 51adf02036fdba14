import { beforeEach, describe, expect, it } from "vitest";
import { signStripePayload } from "../../functions/adapters/payments/stripe-events";
import { type ApiHarness, createApiHarness, PAYMENT_WEBHOOK_SECRET } from "../support/api-harness";
import { bookOnline, openForOnlineBooking } from "../support/online-booking-fixture";

const STUDIO = "studio-pay";
const NOW = "2026-11-23T10:00:00.000Z";

/** Posts an event to the webhook as Stripe would: the raw body and its `Stripe-Signature`. */
const deliver = (api: ApiHarness, payload: string, signature: string | null) =>
  api.publicRequest("POST", "/payments/stripe", payload, {
    ip: "203.0.113.50",
    headers: signature === null ? {} : { "stripe-signature": signature },
  });

/**
 * An online booking waiting for its deposit, booked as the widget books: the studio asks new clients for
 * 20.00 EUR, so the booking is `pending_deposit` with its checkout opened at the payment simulator.
 */
const aBookingAwaitingDeposit = async (api: ApiHarness) => {
  const studio = await openForOnlineBooking(api, STUDIO);
  const policy = await api.as(STUDIO).patch("/studio", {
    settings: {
      deposits: {
        enabled: true,
        rules: [{ when: { kind: "new_client" }, amount: { kind: "fixed", amount: 2000 } }],
        policyText: "New clients pay 20 EUR in advance.",
      },
    },
  });
  if (policy.status !== 200) throw new Error(`deposits not enabled: ${JSON.stringify(policy.body)}`);
  const { booking } = await bookOnline(api, studio, "+49 151 23456789");
  if (booking.body.status !== "pending_deposit")
    throw new Error(`no deposit asked: ${JSON.stringify(booking.body)}`);
  return {
    appointmentId: booking.body.appointmentId as string,
    checkout: { url: booking.body.deposit.paymentUrl as string },
    manageUrl: booking.body.manageUrl as string,
    payBy: booking.body.deposit.payBy as string,
  };
};

describe("the payment webhook (POST /payments/stripe) with the payment simulator", () => {
  let api: ApiHarness;
  let booking: Awaited<ReturnType<typeof aBookingAwaitingDeposit>>;
  const appointment = () => api.deps.appointments.get(STUDIO, booking.appointmentId);

  beforeEach(async () => {
    api = await createApiHarness();
    api.setNow(NOW);
    booking = await aBookingAwaitingDeposit(api);
  });

  it("books a deposit paid on the checkout page once, though the payment is delivered ten times", async () => {
    const page = await api.publicRequest("GET", booking.checkout.url);
    const answers = [];
    for (let delivery = 0; delivery < 10; delivery++) {
      answers.push(await api.publicRequest("POST", `${booking.checkout.url}?action=pay`));
    }

    expect(page.status).toBe(200);
    expect(page.body).toContain("€20.00");
    expect(booking.payBy).toBe("2026-11-23T10:30:00.000Z");
    expect(answers.map((answer) => [answer.status, answer.headers?.location])).toEqual(
      Array(10).fill([303, booking.manageUrl]),
    );
    const paid = await appointment();
    expect(paid?.status).toBe("booked");
    expect(paid?.deposit).toMatchObject({
      status: "paid",
      paymentId: expect.stringMatching(/^pi_sim_/),
      paidAt: NOW,
    });
    expect(paid?.version).toBe(2);
  });

  it("changes nothing when the client abandons the checkout", async () => {
    const answer = await api.publicRequest("POST", `${booking.checkout.url}?action=abandon`);

    expect(answer.status).toBe(303);
    expect((await appointment())?.status).toBe("pending_deposit");
  });

  it("refunds a payment that arrives after the booking was released for want of it", async () => {
    api.setNow("2026-11-23T10:31:00.000Z");
    await api.sendNotices();
    const released = await appointment();

    const paidLate = await api.publicRequest("POST", `${booking.checkout.url}?action=pay`);
    await api.sendNotices();

    expect(released).toMatchObject({ status: "cancelled", deposit: { status: "expired" } });
    expect(paidLate.status).toBe(303);
    const refunded = await appointment();
    expect(refunded).toMatchObject({ status: "cancelled", deposit: { status: "refunded" } });
    expect(api.payments.refunds).toEqual([
      { refundId: refunded?.deposit?.refundId, paymentId: refunded?.deposit?.paymentId, amount: 2000 },
    ]);
  });

  it("refuses an event that is unsigned, signed with another secret or altered, and changes nothing", async () => {
    const { payload, signature } = api.payments.paidEvent(
      api.payments.checkoutOf(tokenOf(booking.checkout.url))!,
    );

    const answers = [
      await deliver(api, payload, null),
      await deliver(api, payload, signStripePayload(payload, "whsec_someone_else")),
      await deliver(api, payload.replace('"amount_total":2000', '"amount_total":1'), signature),
    ];

    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe("PAYMENT.SIGNATURE_INVALID");
    }
    expect((await appointment())?.status).toBe("pending_deposit");
  });

  it("takes events of up to 64 KB, acknowledging those it does not act on, and refuses larger ones", async () => {
    const other = (padding: number) =>
      JSON.stringify({
        id: "evt_other",
        object: "event",
        type: "customer.created",
        data: { object: { pad: "x".repeat(padding) } },
      });
    const large = other(60 * 1024);
    const tooLarge = other(64 * 1024);

    const taken = await deliver(api, large, signStripePayload(large, PAYMENT_WEBHOOK_SECRET));
    const refused = await deliver(api, tooLarge, signStripePayload(tooLarge, PAYMENT_WEBHOOK_SECRET));

    expect(taken).toMatchObject({ status: 200, body: { received: true } });
    expect(refused.status).toBe(413);
  });
});

const tokenOf = (checkoutUrl: string) => new URL(checkoutUrl).pathname.slice("/pay/".length);
