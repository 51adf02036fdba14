import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { recordEmailFeedback } from "../../domain/consent/record-email-feedback";
import { recordSmsReply } from "../../domain/consent/record-sms-reply";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { EmailSender, SmsSender } from "../../domain/ports/message-providers";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

const STUDIO = "studio-messages";

describe("messages: language, frequency, lists, erasure and suppression", () => {
  let api: ApiHarness;
  const studio = () => api.as(STUDIO);
  let sequence = 0;
  const consentingClient = async (fields: Record<string, unknown>) => {
    const created = await studio().post("/clients", {
      firstName: "Kim",
      lastName: `Test${++sequence}`,
      ...fields,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const channel of ["email", "sms"]) {
      await studio().post(`/clients/${id}/consents`, {
        channel,
        purpose: "marketing",
        granted: true,
        source: "paper_form",
      });
    }
    return id;
  };
  const broadcast = (requestId: string, clientIds: string[], channelPolicy = "sms") =>
    studio().post("/messages/send-requests", {
      requestId,
      clientIds,
      templatePurpose: "broadcast",
      channelPolicy,
    });

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO, { name: "Salon Rosa" }));
  });

  it("writes to each client in their own language, the studio's by default", async () => {
    // Prepare
    const polish = await consentingClient({ phone: "+48512345678", language: "pl" });
    const dutch = await consentingClient({ phone: "+31612345679", language: "nl" });
    const studioLanguage = await consentingClient({ phone: "+4915122223333" });

    // Act
    const queued = await broadcast("news-languages", [polish, dutch, studioLanguage]);
    const bodyOf = async (clientId: string) =>
      (
        await studio().get(
          `/messages/${queued.body.messages.find((m: { clientId: string }) => m.clientId === clientId).messageId}`,
        )
      ).body.body as string;

    // Assess
    expect(await bodyOf(polish)).toMatch(/^Czesc Kim!/);
    expect(await bodyOf(dutch)).toMatch(/^Hoi Kim/);
    expect(await bodyOf(studioLanguage)).toMatch(/^Hallo Kim/);
  });

  it("sends a client at most one marketing message per channel in seven days, skipping the rest with a reason", async () => {
    // Prepare
    const clientId = await consentingClient({ phone: "+4915133334444", email: "cap@example.com" });

    // Act: three send requests on one day, then one a week later
    const first = await broadcast("cap-1", [clientId]);
    const second = await broadcast("cap-2", [clientId]);
    const byEmail = await broadcast("cap-3", [clientId], "email");
    api.setNow("2026-11-30T10:00:01.000Z");
    const nextWeek = await broadcast("cap-4", [clientId]);
    api.setNow("2026-11-23T10:00:00.000Z");

    // Assess
    expect(first.body.messages[0]).toMatchObject({ status: "queued" });
    expect(second.body.messages[0]).toMatchObject({ status: "skipped", skipReason: "FREQUENCY_CAP" });
    expect(byEmail.body.messages[0]).toMatchObject({ channel: "email", status: "queued" });
    expect(nextWeek.body.messages[0]).toMatchObject({ status: "queued" });
  });

  it("lets exactly one of several marketing requests at once through the cap", async () => {
    // Prepare
    const clientId = await consentingClient({ phone: "+4915144445555" });

    // Act
    const requests = await Promise.all(
      Array.from({ length: 6 }, (_, index) => broadcast(`cap-race-${index}`, [clientId])),
    );

    // Assess
    const statuses = requests.map((request) => request.body.messages[0].status).sort();
    expect(statuses).toEqual(["queued", "skipped", "skipped", "skipped", "skipped", "skipped"]);
  });

  it("lists messages without a status, by client, by purpose and by category", async () => {
    // Prepare
    const clientId = await consentingClient({ phone: "+4915155556666" });
    const other = await consentingClient({ phone: "+4915155557777" });
    await broadcast("list-news", [clientId, other]);
    await studio().post("/messages/send-requests", {
      requestId: "list-reminder",
      clientIds: [clientId],
      templatePurpose: "reminder",
      channelPolicy: "sms",
      values: { appointmentTime: "Tue 1 Dec, 10:00" },
    });

    // Act
    const all = await studio().get("/messages?limit=100");
    const ofClient = await studio().get(`/messages?clientId=${clientId}`);
    const reminders = await studio().get(`/messages?clientId=${clientId}&purpose=reminder`);

    // Assess
    expect(all.status).toBe(200);
    expect(all.body.items.map((m: { clientId: string }) => m.clientId)).toEqual(
      expect.arrayContaining([clientId, other]),
    );
    expect(ofClient.body.items.map((m: { templatePurpose: string }) => m.templatePurpose).sort()).toEqual([
      "broadcast",
      "reminder",
    ]);
    expect(reminders.body.items).toHaveLength(1);
    expect(reminders.body.items[0].templatePurpose).toBe("reminder");
  });

  it("erases the messages' addresses and content with the client, and exports them before", async () => {
    // Prepare
    const clientId = await consentingClient({ phone: "+4915166667777", email: "gone@example.com" });
    const queued = await broadcast("erase-news", [clientId], "both");
    const exported = await studio().get(`/clients/${clientId}/export`);

    // Act
    await studio().delete(`/clients/${clientId}`);
    const messages = await Promise.all(
      queued.body.messages.map((m: { messageId: string }) => studio().get(`/messages/${m.messageId}`)),
    );
    const table = JSON.stringify(
      (await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true })))
        .Items,
    );

    // Assess
    expect(exported.body.messages.map((m: { channel: string }) => m.channel).sort()).toEqual([
      "email",
      "sms",
    ]);
    expect(exported.body.messages[0].body).toContain("Kim");
    for (const message of messages)
      expect(message.body).toMatchObject({ address: null, body: "", subject: null });
    expect(table).not.toContain("gone@example.com");
    expect(table).not.toContain("+4915166667777");
  });

  it("shows a STOP or a bounce on the card, skips the address, and keeps the address only as a keyed hash", async () => {
    // Prepare
    const clientId = await consentingClient({ phone: "+4915177778888", email: "bounce@example.com" });

    // Act
    await recordSmsReply(api.deps)({ from: "+4915177778888", body: "STOP", at: "2026-11-23T10:00:00.000Z" });
    await recordEmailFeedback(api.deps)({
      kind: "permanent_bounce",
      addresses: ["Bounce@example.com"],
      at: "2026-11-23T10:00:00.000Z",
      recipient: null,
    });
    const card = await studio().get(`/clients/${clientId}/card`);
    const queued = await broadcast("after-stop", [clientId], "both");
    const suppressions = (
      await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true }))
    ).Items?.filter((item) => item.entity === "suppression");

    // Assess
    expect(card.body.suppressed).toEqual({ email: true, sms: true });
    expect(card.body.client.suppressed).toEqual({ email: true, sms: true });
    expect(queued.body.messages.map((m: { skipReason: string }) => m.skipReason)).toEqual([
      "SUPPRESSED",
      "SUPPRESSED",
    ]);
    expect(JSON.stringify(suppressions)).not.toMatch(/bounce@example|4915177778888/);
  });

  it("sends transactional messages before marketing when the channel's budget is short", async () => {
    // Prepare: a marketing broadcast to five clients, then one reminder; the run may send two texts
    const clients = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        consentingClient({ phone: `+4915188880${String(index).padStart(3, "0")}` }),
      ),
    );
    await broadcast("priority-news", clients);
    const reminder = await studio().post("/messages/send-requests", {
      requestId: "priority-reminder",
      clientIds: [clients[0]],
      templatePurpose: "reminder",
      channelPolicy: "sms",
      values: { appointmentTime: "Tue 1 Dec, 10:00" },
    });
    const sent: string[] = [];
    const texts = {
      send: async ({ messageId }: { messageId: string }) => {
        sent.push(messageId);
        return { providerMessageId: `p-${messageId}` };
      },
    };
    const mails = {
      send: async ({ messageId }: { messageId: string }) => ({ providerMessageId: `p-${messageId}` }),
    };
    api.setNow("2026-11-23T12:00:00.000Z");

    // Act
    await sendDueMessages(
      {
        outbox: api.deps.outbox,
        clients: api.deps.clients,
        consents: api.deps.consents,
        appointments: api.deps.appointments,
        receipts: dynamoDbProviderReceipts(api.ctx),
        email: mails as EmailSender,
        sms: texts as SmsSender,
        clock: api.deps.clock,
        newId: api.deps.newId,
        pause: async () => {},
        afterSent: async () => {},
      },
      {
        perRun: { email: 2, sms: 2 },
        perSecond: { email: 2, sms: 2 },
        leaseSeconds: 300,
        maxAttempts: 3,
        retryBaseSeconds: 60,
        concurrency: 4,
      },
    )();
    api.setNow("2026-11-23T10:00:00.000Z");

    // Assess: two texts, one of them the reminder queued last
    expect(sent).toHaveLength(2);
    expect(sent).toContain(reminder.body.messages[0].messageId);
  });
});
