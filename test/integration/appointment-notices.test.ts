import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeEach, describe, expect, it } from "vitest";
import type { OutboxMessage } from "../../domain/model/outbox-message";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { EmailSender, SmsSender } from "../../domain/ports/message-providers";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { type ApiHarness, aStudio, BOOKING_LINKS, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/** Monday 23 November 2026, 11:00 Berlin. */
const MONDAY = "2026-11-23T10:00:00.000Z";
/** Wednesday 25 November, 10:00 Berlin: its 24-hour reminder is due Tuesday 10:00. */
const WEDNESDAY_TEN = "2026-11-25T09:00:00.000Z";
const TUESDAY_TEN = "2026-11-24T09:00:00.000Z";

describe("appointment notices and reminders", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as("studio-a");
  const book = async (startsAt: string) =>
    (await studio().post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt })).body
      .id as string;
  const messages = async (purpose?: string): Promise<OutboxMessage[]> =>
    (await api.deps.outbox.listForClient("studio-a", clientId)).filter(
      (message) => purpose === undefined || message.templatePurpose === purpose,
    );
  const pendingNotices = async () =>
    (
      await api.documentClient.send(
        new QueryCommand({
          TableName: api.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :notice)",
          ExpressionAttributeValues: { ":pk": "STUDIO#studio-a", ":notice": "NOTICE#" },
        }),
      )
    ).Items ?? [];
  const at = async (instant: string) => {
    api.setNow(instant);
    return api.sendNotices();
  };

  beforeEach(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    clientId = (
      await studio().post("/clients", { firstName: "Eva", lastName: "Kowalska", phone: "+4915123456789" })
    ).body.id;
    api.setNow(MONDAY);
  });

  it("confirms a booking once, by SMS, with the policy and the client's own link", async () => {
    const appointmentId = await book(WEDNESDAY_TEN);

    const first = await api.sendNotices();
    const again = await api.sendNotices();

    expect(first).toMatchObject({ due: 1, queued: 1, failed: [] });
    expect(again).toMatchObject({ due: 0, queued: 0 });
    const [confirmation, ...others] = await messages("confirmation");
    expect(others).toHaveLength(0);
    expect(confirmation).toMatchObject({
      channel: "sms",
      status: "queued",
      appointmentId,
      appointmentStartsAt: null,
    });
    expect(confirmation!.body).toContain(`${BOOKING_LINKS.publicBaseUrl}/b/`);
    expect(confirmation!.body).toContain("24 Std. vorher");
    expect(confirmation!.body).toContain("Mittwoch, 25. November um 10:00");
  });

  it("reminds once, 24 hours ahead, and never before it is due", async () => {
    await book(WEDNESDAY_TEN);
    await api.sendNotices();

    const early = await at("2026-11-24T08:59:00.000Z");
    const due = await at(TUESDAY_TEN);
    const later = await at("2026-11-24T09:05:00.000Z");

    expect([early.queued, due.queued, later.queued]).toEqual([0, 1, 0]);
    const reminders = await messages("reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ channel: "sms", appointmentStartsAt: WEDNESDAY_TEN });
    expect(await pendingNotices()).toEqual([]);
  });

  it("on a move tells the client and reminds of the new time only", async () => {
    const appointmentId = await book(WEDNESDAY_TEN);
    await api.sendNotices();

    const moved = await studio().put(`/appointments/${appointmentId}/time`, {
      startsAt: "2026-11-27T13:00:00.000Z",
    });
    await api.sendNotices();
    const atOldReminder = await at(TUESDAY_TEN);
    const atNewReminder = await at("2026-11-26T13:00:00.000Z");

    expect(moved.status).toBe(200);
    expect(await messages("rescheduled")).toHaveLength(1);
    expect([atOldReminder.queued, atNewReminder.queued]).toEqual([0, 1]);
    const [reminder, ...others] = await messages("reminder");
    expect(others).toHaveLength(0);
    expect(reminder!.body).toContain("Freitag, 27. November um 14:00");
  });

  it("after a cancellation tells the client and sends no reminder", async () => {
    const appointmentId = await book(WEDNESDAY_TEN);
    await api.sendNotices();

    await studio().put(`/appointments/${appointmentId}/status`, { status: "cancelled" });
    await api.sendNotices();
    await at(TUESDAY_TEN);

    expect(await messages("cancellation")).toHaveLength(1);
    expect(await messages("reminder")).toHaveLength(0);
    expect(await pendingNotices()).toEqual([]);
  });

  it("follows the studio's own offsets and policy text, and refuses offsets that make no sense", async () => {
    const changed = await studio().patch("/studio", {
      settings: {
        appointments: {
          reminders: [
            { hoursBefore: 48, channel: "email" },
            { hoursBefore: 2, channel: "sms" },
          ],
          policyText: "Bitte 48 Stunden vorher absagen.",
        },
      },
    });
    const twice = await studio().patch("/studio", {
      settings: {
        appointments: {
          reminders: [
            { hoursBefore: 2, channel: "sms" },
            { hoursBefore: 2, channel: "sms" },
          ],
        },
      },
    });
    const zero = await studio().patch("/studio", {
      settings: { appointments: { reminders: [{ hoursBefore: 0, channel: "sms" }] } },
    });
    await book("2026-11-27T09:00:00.000Z");
    await api.sendNotices();

    expect(changed.status).toBe(200);
    expect(changed.body.settings.appointments).toMatchObject({
      lateArrivalMinutes: 15,
      noticeChannel: "sms_else_email",
    });
    expect([twice.status, zero.status]).toEqual([400, 400]);
    expect(twice.body.error.fields[0].field).toBe("settings.appointments.reminders");
    expect(zero.body.error.fields[0].field).toMatch(/^settings\.appointments\.reminders/);
    expect((await messages("confirmation"))[0]!.body).toContain("Bitte 48 Stunden vorher absagen.");
    expect((await pendingNotices()).map((notice) => notice.kind).sort()).toEqual([
      "reminder-2h-sms",
      "reminder-48h-email",
    ]);
  });

  it("lets the client confirm from the reminder's link; the calendar shows who has not, and who is late", async () => {
    const confirming = await book(WEDNESDAY_TEN);
    const silent = await book("2026-11-25T11:00:00.000Z");
    await at(TUESDAY_TEN);
    const reminder = (await messages("reminder")).find((message) => message.appointmentId === confirming)!;
    const link = new URL(reminder.body.match(/https:\/\/\S+\/b\/\S+/)![0]);

    const page = await api.publicRequest("GET", link.pathname);
    const confirmed = await api.publicRequest("POST", `${link.pathname}?action=confirm`);
    const again = await api.publicRequest("POST", `${link.pathname}?action=confirm`);
    api.setNow("2026-11-25T11:20:00.000Z");
    const calendar = (await studio().get("/appointments?from=2026-11-25")).body.items;
    const asked = await studio().post(`/appointments/${silent}/late-check`);
    const askedAgain = await studio().post(`/appointments/${silent}/late-check`);
    const notLate = await studio().post(`/appointments/${confirming}/late-check`);

    expect(page.body).toContain("?action=confirm");
    expect([confirmed.status, again.status]).toEqual([200, 200]);
    expect(confirmed.body).toContain("bestätigt");
    expect(
      calendar.map(({ id, unconfirmed, lateArrival }: Record<string, unknown>) => [
        id,
        unconfirmed,
        lateArrival,
      ]),
    ).toEqual([
      [confirming, false, false],
      [silent, true, true],
    ]);
    expect([asked.status, askedAgain.status]).toEqual([200, 200]);
    expect(notLate.status).toBe(409);
    expect(await messages("late_check")).toHaveLength(1);
  });

  it("books in the past without telling the client anything", async () => {
    await book("2026-11-20T09:00:00.000Z");

    expect(await api.sendNotices()).toMatchObject({ due: 0 });
    expect(await pendingNotices()).toEqual([]);
  });

  it("never lets a reminder out for a time the appointment moved from after it was queued", async () => {
    const appointmentId = await book(WEDNESDAY_TEN);
    await at(TUESDAY_TEN);
    const sent: string[] = [];
    const provider = {
      async send({ messageId }: { messageId: string }) {
        sent.push(messageId);
        return { providerMessageId: `provider-${messageId}` };
      },
    };
    const sender = sendDueMessages(
      {
        ...api.deps,
        receipts: dynamoDbProviderReceipts(api.ctx),
        email: provider as EmailSender,
        sms: provider as SmsSender,
        clock: () => TUESDAY_TEN,
        pause: async () => {},
        afterSent: async () => {},
      },
      {
        perRun: { email: 10, sms: 10 },
        perSecond: { email: 10, sms: 10 },
        leaseSeconds: 60,
        maxAttempts: 3,
        retryBaseSeconds: 60,
        concurrency: 2,
      },
    );

    // The reminder is in the outbox; the client calls and the appointment moves before the sender runs.
    await studio().put(`/appointments/${appointmentId}/time`, { startsAt: "2026-11-26T13:00:00.000Z" });
    await sender();

    const [reminder] = await messages("reminder");
    expect(reminder).toMatchObject({ status: "skipped", skipReason: "APPOINTMENT_CHANGED" });
    expect(sent).not.toContain(reminder!.id);
    expect((await messages("confirmation"))[0]!.status).toBe("sent");
  });
});
