import { describe, expect, it } from "vitest";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { EmailSender, SmsSender } from "../../domain/ports/message-providers";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { aStudio, createApiHarness } from "../support/api-harness";

describe("a withdrawal between queuing and sending", () => {
  it("stops the queued marketing message: the provider is never called and the message is skipped", async () => {
    // Prepare: a consented client, a queued marketing email, then the client withdraws consent
    const api = await createApiHarness();
    api.setNow("2026-11-23T10:00:00.000Z");
    await api.addStudio(aStudio("studio-a"));
    const staff = api.as("studio-a");
    const clientId = (
      await staff.post("/clients", { firstName: "Eva", lastName: "Late", email: "eva@example.com" })
    ).body.id;
    const recordConsent = (granted: boolean) =>
      staff.post(`/clients/${clientId}/consents`, {
        channel: "email",
        purpose: "marketing",
        granted,
        source: "staff",
        evidence: { text: null, ipAddress: null, userAgent: null },
      });
    await recordConsent(true);
    const queued = await staff.post("/messages/send-requests", {
      requestId: "autumn-news",
      clientIds: [clientId],
      templatePurpose: "broadcast",
      channelPolicy: "email",
      values: {},
    });
    api.setNow("2026-11-23T10:05:00.000Z");
    await recordConsent(false);
    const providerCalls: string[] = [];
    const provider = {
      send: async ({ messageId }: { messageId: string }) => {
        providerCalls.push(messageId);
        return { providerMessageId: `p-${messageId}` };
      },
    };

    // Act
    api.setNow("2026-11-23T12:00:00.000Z");
    const run = await sendDueMessages(
      {
        outbox: api.deps.outbox,
        clients: api.deps.clients,
        consents: api.deps.consents,
        appointments: api.deps.appointments,
        receipts: dynamoDbProviderReceipts(api.ctx),
        email: provider as EmailSender,
        sms: provider as SmsSender,
        clock: api.deps.clock,
        newId: api.deps.newId,
        pause: async () => {},
        afterSent: async () => {},
      },
      {
        perRun: { email: 10, sms: 10 },
        perSecond: { email: 10, sms: 10 },
        leaseSeconds: 300,
        maxAttempts: 3,
        retryBaseSeconds: 60,
        concurrency: 2,
      },
    )();
    const message = await staff.get(`/messages/${queued.body.messages[0].messageId}`);

    // Assess
    expect(queued.body.queued).toBe(1);
    expect(run).toMatchObject({ due: 1, sent: 0, withdrawn: 1 });
    expect(providerCalls).toEqual([]);
    expect(message.body).toMatchObject({ status: "skipped", reason: "NO_CONSENT" });
  });
});
