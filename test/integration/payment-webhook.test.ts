import { beforeEach, describe, expect, it } from "vitest";
import { commitAppointmentChange } from "../../domain/appointments/commit-appointment-change";
import type { Appointment } from "../../domain/model/appointment";
import { signStripePayload } from "../../functions/adapters/payments/stripe-events";
import { anAppointment } from "../fakes/appointment-builder";
import { aCheckoutRequest } from "../fakes/checkout-request-builder";
import { type ApiHarness, createApiHarness, PAYMENT_WEBHOOK_SECRET } from "../support/api-harness";
import { openForOnlineBooking } from "../support/online-booking-fixture";

const STUDIO = "studio-pay";
const NOW = "2026-11-23T10:00:00.000Z";
const PAY_BY = "2026-11-23T10:30:00.000Z";

/** Posts an event to the webhook as Stripe would: the raw body and its `Stripe-Signature`. */
const deliver = (api: ApiHarness, payload: string, signature: string | null) =>
  api.publicRequest("POST", "/payments/stripe", payload, {
    ip: "203.0.113.50",
    headers: signature === null ? {} : { "stripe-signature": signature },
  });

/**
 * An online booking waiting for its deposit, as the booking commit leaves it: its checkout opened at the
 * payment simulator, the appointment `pending_deposit` with the deposit `requested` until PAY_BY.
 */
const aBookingAwaitingDeposit = async (api: ApiHarness) => {
  const { serviceId, staffIds } = await openForOnlineBooking(api, STUDIO);
  const owner = api.as(STUDIO);
  const category = (await owner.get("/categories")).body.items[0];
  const client = (
    await owner.post("/clients", { firstName: "Ada", lastName: "Lovelace", phone: "+4915112345678" })
  ).body;
  const studio = (await api.deps.studios.get(STUDIO))!;
  const appointmentId = "appt-deposit-1";
  const checkout = await api.payments.startCheckout(
    aCheckoutRequest({
      idempotencyKey: `checkout.${appointmentId}`,
      studioId: STUDIO,
      appointmentId,
      amount: 2000,
      description: "Deposit: Cut, Wed 25 Nov 10:00",
      returnUrl: "https://book.rebook.test/b/manage-token",
      openUntil: PAY_BY,
    }),
  );
  const appointment: Appointment = anAppointment({
    id: appointmentId,
    studioId: STUDIO,
    clientId: client.id,
    staffId: staffIds[0]!,
    serviceId,
    categoryId: category.id,
    startsAt: "2026-11-25T09:00:00.000Z",
    source: "online",
    status: "pending_deposit",
    createdAt: NOW,
    updatedAt: NOW,
    deposit: {
      amount: 2000,
      currency: "EUR",
      status: "requested",
      requestedAt: NOW,
      payBy: PAY_BY,
      checkoutId: checkout.checkoutId,
      paymentUrl: checkout.url,
      paymentId: null,
      paidAt: null,
      refundId: null,
      settledAt: null,
    },
  });
  await commitAppointmentChange(api.deps, studio, null, appointment);
  return { checkout, appointmentId };
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
    expect(answers.map((answer) => [answer.status, answer.headers?.location])).toEqual(
      Array(10).fill([303, "https://book.rebook.test/b/manage-token"]),
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
