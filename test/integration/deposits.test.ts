import { beforeEach, describe, expect, it } from "vitest";
import type { OutboxMessage } from "../../domain/model/outbox-message";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { bookOnline, openForOnlineBooking, TUESDAY_TEN } from "../support/online-booking-fixture";

/** Monday 23 November 2026, 11:00 Berlin: the harness's clock. */
const MONDAY = "2026-11-23T10:00:00.000Z";
const minutesAfterMonday = (minutes: number) => new Date(Date.parse(MONDAY) + minutes * 60_000).toISOString();
const POLICY_TEXT = "New clients pay 20 % when booking; it counts toward the price.";

describe("deposits: online bookings held until paid, records settled with the appointment, staff requests", () => {
  let api: ApiHarness;
  let studio: Awaited<ReturnType<typeof openForOnlineBooking>>;
  const owner = () => api.as("studio-a");
  const appointment = async (id: string) => (await owner().get(`/appointments/${id}`)).body;
  const messagesOf = async (clientId: string, purpose: string): Promise<OutboxMessage[]> =>
    (await api.deps.outbox.listForClient("studio-a", clientId)).filter(
      (message) => message.templatePurpose === purpose,
    );
  /** Pays a checkout on the simulator's page, as the client would. */
  const pay = (paymentUrl: string) => api.publicRequest("POST", `${paymentUrl}?action=pay`);
  const bookWithDeposit = async (phone = "+49 151 23456789", startsAt = TUESDAY_TEN) => {
    const { booking } = await bookOnline(api, studio, phone, startsAt);
    return booking.body as {
      appointmentId: string;
      status: string;
      deposit: { amount: number; currency: string; payBy: string; paymentUrl: string };
    };
  };

  beforeEach(async () => {
    api = await createApiHarness();
    studio = await openForOnlineBooking(api, "studio-a");
    const policy = await owner().patch("/studio", {
      settings: {
        deposits: {
          enabled: true,
          policyText: POLICY_TEXT,
          rules: [{ when: { kind: "new_client" }, amount: { kind: "percentage", percent: 20 } }],
        },
      },
    });
    expect(policy.status).toBe(200);
  });

  it("holds the slot of a booking that needs a deposit, tells nothing until paid, then confirms once", async () => {
    const booking = await bookWithDeposit();
    const sameSlot = await api.publicRequest("POST", `/book/${studio.handle}/holds`, {
      serviceId: studio.serviceId,
      staffId: (await appointment(booking.appointmentId)).staffId,
      startsAt: TUESDAY_TEN,
    });
    await api.sendNotices();
    const { clientId } = await appointment(booking.appointmentId);
    const toldBeforePaying = await messagesOf(clientId, "confirmation");

    await pay(booking.deposit.paymentUrl);
    await api.sendNotices();

    expect(booking).toMatchObject({
      status: "pending_deposit",
      deposit: { amount: 900, currency: "EUR", payBy: minutesAfterMonday(30) },
    });
    expect(sameSlot.status).toBe(409);
    expect(toldBeforePaying).toEqual([]);
    expect(await appointment(booking.appointmentId)).toMatchObject({
      status: "booked",
      deposit: { status: "paid", amount: 900, paidAt: MONDAY },
    });
    expect(await messagesOf(clientId, "confirmation")).toHaveLength(1);
  });

  it("asks no deposit of a client the rules do not name", async () => {
    const first = await bookWithDeposit();
    await pay(first.deposit.paymentUrl);
    api.setNow("2026-11-24T10:30:00.000Z");
    await owner().put(`/appointments/${first.appointmentId}/status`, { status: "attended" });

    const { booking } = await bookOnline(api, studio, "+49 151 23456789", "2026-11-26T09:00:00.000Z");

    expect(booking.body).toMatchObject({ status: "booked", deposit: null });
    expect((await appointment(first.appointmentId)).deposit.status).toBe("credited");
  });

  it("releases an unpaid booking once when its time to pay ends: the client told, the slot free and offered to the waitlist", async () => {
    const booking = await bookWithDeposit();
    const { clientId, staffId } = await appointment(booking.appointmentId);
    const waiting = (
      await owner().post("/clients", { firstName: "Eva", lastName: "Wait", phone: "+4915100000002" })
    ).body.id;
    await owner().post("/waitlist", {
      clientId: waiting,
      serviceId: studio.serviceId,
      staffId,
      fromDate: "2026-11-24",
      toDate: "2026-11-24",
    });
    await api.publicRequest("POST", `${booking.deposit.paymentUrl}?action=abandon`);

    api.setNow(minutesAfterMonday(29));
    await api.sendNotices();
    const beforeTheEnd = (await appointment(booking.appointmentId)).status;
    api.setNow(minutesAfterMonday(31));
    await Promise.all([api.sendNotices(), api.sendNotices(), api.sendNotices()]);
    await api.sendNotices();
    const holdFor = () =>
      api.publicRequest("POST", `/book/${studio.handle}/holds`, {
        serviceId: studio.serviceId,
        staffId,
        startsAt: TUESDAY_TEN,
      });
    const whileOffered = await holdFor();
    // The waitlist's offer closes unaccepted and nobody else waits: the slot is anyone's.
    api.setNow(minutesAfterMonday(62));
    await api.sendNotices();
    const again = await holdFor();

    expect(beforeTheEnd).toBe("pending_deposit");
    const released = await appointment(booking.appointmentId);
    expect(released).toMatchObject({
      status: "cancelled",
      lateCancellation: false,
      deposit: { status: "expired" },
    });
    expect(released.version).toBe(2);
    const told = await messagesOf(clientId, "deposit_expired");
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain("/b/");
    expect(await messagesOf(waiting, "waitlist_offer")).toHaveLength(1);
    expect(whileOffered.status).toBe(409);
    expect(again.status).toBe(201);
  });

  it("keeps a booking paid after its time to pay but before it was released", async () => {
    const booking = await bookWithDeposit();
    api.setNow(minutesAfterMonday(31));

    await pay(booking.deposit.paymentUrl);
    await api.sendNotices();

    expect((await appointment(booking.appointmentId)).status).toBe("booked");
    expect(api.payments.refunds).toEqual([]);
  });

  it("settles a paid deposit with the appointment: a cancellation in time refunds it once, a no-show keeps it", async () => {
    const cancelled = await bookWithDeposit("+49 151 23456789", "2026-11-26T09:00:00.000Z");
    const missed = await bookWithDeposit("+49 151 23456780", "2026-11-24T13:00:00.000Z");
    await Promise.all([pay(cancelled.deposit.paymentUrl), pay(missed.deposit.paymentUrl)]);

    await owner().put(`/appointments/${cancelled.appointmentId}/status`, { status: "cancelled" });
    await Promise.all([api.sendNotices(), api.sendNotices()]);
    await api.sendNotices();
    api.setNow("2026-11-24T13:30:00.000Z");
    await owner().put(`/appointments/${missed.appointmentId}/status`, {
      status: "no_show",
      reason: "no answer",
    });
    const { clientId } = await appointment(cancelled.appointmentId);

    expect((await appointment(cancelled.appointmentId)).deposit).toMatchObject({
      status: "refunded",
      refundId: expect.any(String),
    });
    expect(api.payments.refunds.map((refund) => refund.amount)).toEqual([900]);
    expect(await messagesOf(clientId, "deposit_refunded")).toHaveLength(1);
    expect((await appointment(missed.appointmentId)).deposit.status).toBe("retained");
  });

  it("lets staff ask for a deposit on a booking they made, and managers refund or retain a paid one", async () => {
    const clientId = (
      await owner().post("/clients", { firstName: "Ida", lastName: "Paid", phone: "+4915100000009" })
    ).body.id;
    const booked = (
      await owner().post("/appointments", {
        clientId,
        serviceId: studio.serviceId,
        staffId: studio.staffIds[0],
        startsAt: "2026-11-25T09:00:00.000Z",
      })
    ).body;

    const tooMuch = await owner().post(`/appointments/${booked.id}/deposit`, { amount: 999_999 });
    const asked = await api
      .as("studio-a", "staff")
      .post(`/appointments/${booked.id}/deposit`, { amount: 2000 });
    const askedTwice = await owner().post(`/appointments/${booked.id}/deposit`, { amount: 2000 });
    await api.sendNotices();
    const [request] = await messagesOf(clientId, "deposit_request");
    await pay(asked.body.deposit.paymentUrl);
    const staffRefund = await api
      .as("studio-a", "staff")
      .put(`/appointments/${booked.id}/deposit/outcome`, { outcome: "refund" });
    const retained = await owner().put(`/appointments/${booked.id}/deposit/outcome`, { outcome: "retain" });
    const refunded = await owner().put(`/appointments/${booked.id}/deposit/outcome`, { outcome: "refund" });
    await api.sendNotices();

    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      status: "booked",
      deposit: { status: "requested", amount: 2000, payBy: null },
    });
    expect(askedTwice.status).toBe(409);
    expect(askedTwice.body.error.code).toBe("DEPOSIT.INVALID_TRANSITION");
    expect(tooMuch.status).toBe(400);
    expect(request!.body).toContain("20,00");
    expect(request!.body).toContain("https://book.rebook.test/b/");
    expect(staffRefund.status).toBe(403);
    expect(retained.body.deposit.status).toBe("retained");
    expect(refunded.body.deposit.status).toBe("refunding");
    expect((await appointment(booked.id)).deposit.status).toBe("refunded");
    expect(api.payments.refunds.map((refund) => refund.amount)).toEqual([2000]);
  });

  it("makes a deposit paid on a project's session the project's deposit, and no longer once refunded", async () => {
    const clientId = (
      await owner().post("/clients", { firstName: "Kai", lastName: "Ink", phone: "+4915100000008" })
    ).body.id;
    const project = (await owner().post("/projects", { clientId, title: "Koi sleeve" })).body;
    const session = (
      await owner().post("/appointments", {
        clientId,
        serviceId: studio.serviceId,
        staffId: studio.staffIds[0],
        startsAt: "2026-11-25T09:00:00.000Z",
        projectId: project.id,
      })
    ).body;
    const asked = await owner().post(`/appointments/${session.id}/deposit`, { amount: 3000 });

    await pay(asked.body.deposit.paymentUrl);
    const paid = (await owner().get(`/projects/${project.id}`)).body;
    await owner().put(`/appointments/${session.id}/deposit/outcome`, { outcome: "refund" });
    await api.sendNotices();
    const refunded = (await owner().get(`/projects/${project.id}`)).body;

    expect(paid).toMatchObject({ depositAmount: 3000, depositPaid: true });
    expect(refunded).toMatchObject({ depositAmount: 3000, depositPaid: false });
  });

  it("asks the policy's amount when staff give none, and says so naming the field when no rule applies", async () => {
    const clientId = (
      await owner().post("/clients", { firstName: "Ida", lastName: "New", phone: "+4915100000009" })
    ).body.id;
    const book = async (startsAt: string) =>
      (
        await owner().post("/appointments", {
          clientId,
          serviceId: studio.serviceId,
          staffId: studio.staffIds[0],
          startsAt,
        })
      ).body.id as string;
    const first = await book("2026-11-25T09:00:00.000Z");
    const byPolicy = await owner().post(`/appointments/${first}/deposit`, { amount: null });
    await owner().patch("/studio", { settings: { deposits: { rules: [] } } });
    const noRule = await owner().post(`/appointments/${await book("2026-11-26T09:00:00.000Z")}/deposit`, {});

    expect(byPolicy.body.deposit.amount).toBe(900);
    expect(noRule.status).toBe(400);
    expect(noRule.body.error.fields).toEqual([expect.objectContaining({ field: "amount" })]);
  });
});
