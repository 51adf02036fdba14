import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { signUnsubscribeToken } from "../../domain/messaging/unsubscribe-token";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { localSesEmailSender } from "../../functions/adapters/ses/local-ses-email-sender";
import { localSmsSink } from "../../functions/adapters/sms/local-sms-sink";
import { unsubscribeRoutes } from "../../functions/http/public/unsubscribe-routes";
import { toApiGatewayEvent } from "../../functions/local/api-gateway-event";
import { httpApi } from "../../functions/shared/http/http-api";
import { aStudio, createApiHarness } from "../support/api-harness";

interface StoredMail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
  headers?: { name: string; value: string }[];
}
interface SunkSms {
  input: { DestinationPhoneNumber: string; MessageBody: string; Context: { messageId: string } };
}

const UNSUBSCRIBE_SECRET = "an-e2e-unsubscribe-secret-long-enough-0123";

describe("a marketing send, end to end: API → outbox → sender → SES emulator and SMS sink", () => {
  it("reaches exactly the consented clients once, skips the rest with reasons, and a resend adds nothing", async () => {
    // Prepare: a studio with a send window around now, four clients, consent given through the API
    const api = await createApiHarness();
    api.setNow("2026-11-23T10:00:00.000Z"); // Monday 11:00 in Berlin
    const studioId = "studio-e2e";
    await api.addStudio(
      aStudio(studioId, {
        name: "Salon Rosa",
        settings: {
          defaultCountry: "DE",
          overdueGraceDays: null,
          messaging: {
            sendWindows: [{ from: "10:00", to: "12:00" }],
            maxSmsSegments: 2,
            bookingUrl: null,
            marketingFrequency: { messages: 1, days: 7 },
          },
        },
      }),
    );
    const staff = api.as(studioId);
    const run = Date.now();
    const address = (name: string) => `${name}-${run}@example.com`;
    const phone = `+4915112${String(run).slice(-6)}`;
    const newClient = async (body: Record<string, string>) =>
      (await staff.post("/clients", body)).body.id as string;
    const consent = (clientId: string, channel: "email" | "sms") =>
      staff.post(`/clients/${clientId}/consents`, {
        channel,
        purpose: "marketing",
        granted: true,
        source: "paper_form",
        evidence: { text: "Yes, send me news", ipAddress: null, userAgent: null },
      });
    const anna = await newClient({ firstName: "Anna", lastName: "Mail", email: address("anna") });
    const ben = await newClient({ firstName: "Ben", lastName: "Sms", phone });
    const carl = await newClient({ firstName: "Carl", lastName: "None", email: address("carl") });
    const dora = await newClient({ firstName: "Dora", lastName: "Gone", email: address("dora") });
    await consent(anna, "email");
    await consent(ben, "sms");
    await consent(dora, "email");

    // Dora unsubscribes by one-click POST with a signed token, a minute after she consented
    api.setNow("2026-11-23T10:01:00.000Z");
    const unsubscribe = httpApi(unsubscribeRoutes(UNSUBSCRIBE_SECRET), api.deps);
    const token = signUnsubscribeToken(
      { studioId, clientId: dora, channel: "email", purpose: "marketing", issuedAt: "2026-11-01T00:00:00Z" },
      UNSUBSCRIBE_SECRET,
    );
    const unsubscribed = await unsubscribe(
      toApiGatewayEvent({
        method: "POST",
        rawPath: `/u/${token}`,
        routeKey: "POST /u/{token}",
        pathParameters: { token },
        query: new URLSearchParams(),
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        claims: null,
      }),
    );

    const sendRequest = {
      requestId: `news-${run}`,
      clientIds: [anna, ben, carl, dora],
      templatePurpose: "broadcast",
      channelPolicy: "sms_else_email",
      values: { bookingLink: "https://rosa.example.com/book" },
    };
    const smsSink = join(await mkdtemp(join(tmpdir(), "rebook-e2e-")), "sms.jsonl");
    const receipts = dynamoDbProviderReceipts(api.ctx);
    const ses = new SESv2Client({
      endpoint: inject("sesEndpoint"),
      region: "eu-central-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const smsSettings = {
      originationIdentity: "Rosa",
      configurationSetName: "rebook",
      timeToLiveSeconds: 3600,
      codeProtectConfigurationId: null,
    };
    const sender = sendDueMessages(
      {
        outbox: api.deps.outbox,
        clients: api.deps.clients,
        consents: api.deps.consents,
        appointments: api.deps.appointments,
        receipts,
        email: localSesEmailSender(
          ses,
          { fromAddress: "hello@rebook.example.com", configurationSetName: "rebook" },
          receipts,
          api.deps.clock,
        ),
        sms: localSmsSink(smsSink, smsSettings, receipts, api.deps.clock),
        clock: api.deps.clock,
        newId: () => crypto.randomUUID(),
        pause: async () => {},
        afterSent: async () => {},
      },
      {
        perRun: { email: 100, sms: 100 },
        perSecond: { email: 100, sms: 100 },
        leaseSeconds: 300,
        maxAttempts: 3,
        retryBaseSeconds: 60,
        concurrency: 4,
      },
    );
    const messageItems = async () =>
      (
        await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true }))
      ).Items?.filter((item) => item.studioId === studioId && item.entity === "outbox-message") ?? [];

    // Act: send, drain, resend the same request, drain again
    api.setNow("2026-11-23T10:02:00.000Z");
    const queued = await staff.post("/messages/send-requests", sendRequest);
    const firstRun = await sender();
    const itemsAfterFirst = await messageItems();
    const resent = await staff.post("/messages/send-requests", sendRequest);
    const secondRun = await sender();
    const skippedList = await staff.get("/messages?status=skipped");
    const sentList = await staff.get("/messages?status=sent");

    // Assess
    const mails = (
      (await (await fetch(`${inject("sesEndpoint")}/store`)).json()) as { emails: StoredMail[] }
    ).emails.filter((mail) => mail.destination.to.some((to) => to.endsWith(`-${run}@example.com`)));
    const texts = (await readFile(smsSink, "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SunkSms);

    expect(unsubscribed.statusCode).toBe(200);
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ queued: 2, skipped: 4 });
    const outcome = (clientId: string) =>
      (
        queued.body.messages as {
          clientId: string;
          channel: string;
          status: string;
          skipReason: string | null;
        }[]
      )
        .filter((message) => message.clientId === clientId)
        .map(({ channel, status, skipReason }) => ({ channel, status, skipReason }));
    expect(outcome(anna)).toEqual([{ channel: "email", status: "queued", skipReason: null }]);
    expect(outcome(ben)).toEqual([{ channel: "sms", status: "queued", skipReason: null }]);
    expect(outcome(carl)).toEqual([
      { channel: "sms", status: "skipped", skipReason: "NO_PHONE" },
      { channel: "email", status: "skipped", skipReason: "NO_CONSENT" },
    ]);
    expect(outcome(dora)).toEqual([
      { channel: "sms", status: "skipped", skipReason: "NO_PHONE" },
      { channel: "email", status: "skipped", skipReason: "NO_CONSENT" },
    ]);
    expect(firstRun).toMatchObject({ sent: 2 });
    expect(secondRun).toMatchObject({ due: 0, sent: 0 });

    expect(mails.map((mail) => mail.destination.to)).toEqual([[address("anna")]]);
    expect(mails[0]!.subject).toBe("Neuigkeiten von Salon Rosa");
    expect(mails[0]!.body.text).toContain("https://rosa.example.com/book");
    expect(mails[0]!.headers).toEqual(
      expect.arrayContaining([{ name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" }]),
    );
    expect(texts.map((sms) => sms.input.DestinationPhoneNumber)).toEqual([phone]);
    expect(texts[0]!.input.MessageBody).toMatch(/^Hallo Ben, [\s\S]*\/u\/\S+$/);

    expect(resent.status).toBe(202);
    const idsOf = (body: { messages: { messageId: string }[] }) => body.messages.map((m) => m.messageId);
    expect(idsOf(resent.body)).toEqual(idsOf(queued.body));
    expect(await messageItems()).toHaveLength(itemsAfterFirst.length);
    expect(itemsAfterFirst).toHaveLength(6);
    expect(skippedList.body.items).toHaveLength(4);
    expect(skippedList.body.items.every((item: { reason: string | null }) => item.reason !== null)).toBe(
      true,
    );
    expect(sentList.body.items.map((item: { clientId: string }) => item.clientId).sort()).toEqual(
      [anna, ben].sort(),
    );
  });
});
