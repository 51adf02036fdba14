import { SESv2Client } from "@aws-sdk/client-sesv2";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { AppointmentStore } from "../../domain/ports/appointment-store";
import type { SmsSender } from "../../domain/ports/message-providers";
import type { Outbox } from "../../domain/ports/outbox";
import { dynamoDbAppointmentStore } from "../../functions/adapters/dynamodb/appointment-store";
import { dynamoDbOutbox } from "../../functions/adapters/dynamodb/outbox-store";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { localSesEmailSender } from "../../functions/adapters/ses/local-ses-email-sender";
import { consentingClients, nothingSuppressed } from "../fakes/consenting-recipients";
import { addToOutbox, aQueuedMessage } from "../fakes/outbox-message-builder";
import { createTestTable } from "../support/test-table";

interface StoredMail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  headers?: { name: string; value: string }[];
}

const UNSUBSCRIBE_URL = "https://rebook.example.com/u/payload.tag";
const NOW = "2026-05-04T10:00:00.000Z";
const noSms: SmsSender = {
  send: () => Promise.reject(new Error("no SMS in this test")),
};

let outbox: Outbox;
let appointments: AppointmentStore;
let ses: SESv2Client;
let receipts: ReturnType<typeof dynamoDbProviderReceipts>;

beforeAll(async () => {
  const table = await createTestTable();
  outbox = dynamoDbOutbox(table.ctx);
  appointments = dynamoDbAppointmentStore(table.ctx);
  receipts = dynamoDbProviderReceipts(table.ctx);
  ses = new SESv2Client({
    endpoint: inject("sesEndpoint"),
    region: "eu-central-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
});

const storedMails = async (): Promise<StoredMail[]> =>
  ((await (await fetch(`${inject("sesEndpoint")}/store`)).json()) as { emails: StoredMail[] }).emails;

describe("a marketing email through the SES emulator", () => {
  it("arrives with the one-click unsubscribe headers, the footer link and the body, and is marked sent", async () => {
    // Prepare
    const to = `lotte-${Date.now()}@example.com`;
    const queued = aQueuedMessage("marketing-1", NOW, {
      purpose: "marketing",
      templatePurpose: "broadcast",
      address: to,
      subject: "News from Studio Rosa",
      body: `Hello Lotte,\n\nwe have news for you.\n\nUnsubscribe: ${UNSUBSCRIBE_URL}`,
      unsubscribeUrl: UNSUBSCRIBE_URL,
      sendWindows: [{ from: "09:00", to: "18:00" }],
    });
    await addToOutbox(outbox, [queued]);
    const clock = () => NOW;
    const send = sendDueMessages(
      {
        outbox,
        clients: consentingClients,
        consents: nothingSuppressed,
        appointments,
        receipts,
        email: localSesEmailSender(
          ses,
          { fromAddress: "hello@rebook.example.com", configurationSetName: "rebook-messages" },
          receipts,
          clock,
        ),
        sms: noSms,
        clock,
        newId: () => "attempt-1",
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
    );

    // Act
    const result = await send();

    // Assess
    const mail = (await storedMails()).find((stored) => stored.destination.to.includes(to));
    const stored = await outbox.get("studio-1", queued.id);
    expect(result).toMatchObject({ due: 1, sent: 1 });
    expect(mail?.subject).toBe("News from Studio Rosa");
    expect(mail?.headers).toEqual(
      expect.arrayContaining([
        { name: "List-Unsubscribe", value: `<${UNSUBSCRIBE_URL}>` },
        { name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" },
      ]),
    );
    expect(mail?.body.text).toContain("we have news for you.");
    expect(mail?.body.html).toContain(`<a href="${UNSUBSCRIBE_URL}">${UNSUBSCRIBE_URL}</a>`);
    expect(stored).toMatchObject({ status: "sent", providerMessageId: mail?.messageId });
    expect(await receipts.wasAccepted(queued.id)).toEqual({ providerMessageId: mail?.messageId });
  });
});
