import { randomBytes } from "node:crypto";
/**
 * Benchmark of the outbox: queue 10,000 messages through the real use case and DynamoDB outbox (DynamoDB
 * Local), then drain them with the real sender and a fake provider on a simulated clock, one run per
 * simulated minute as the schedule would. Prints achieved vs configured rate per channel and DynamoDB
 * calls per message (every SDK send counted by a middleware).
 *
 *   npx tsx test/bench/send.ts [--messages 10000] [--email-per-minute 600] [--sms-per-minute 300]
 */
import { parseArgs } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Channel } from "../../domain/messaging/consent";
import type { Client } from "../../domain/model/client";
import type { Studio } from "../../domain/model/studio";
import { queueSendRequest } from "../../domain/outbox/queue-send-request";
import { sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { ClientRepository } from "../../domain/ports/client-repository";
import type { ConsentLedger } from "../../domain/ports/consent-ledger";
import type { EmailSender, SmsSender } from "../../domain/ports/message-providers";
import { createRebookTable } from "../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../functions/adapters/dynamodb/document-client";
import { dynamoDbOutbox } from "../../functions/adapters/dynamodb/outbox-store";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { tableContext } from "../../functions/adapters/dynamodb/table-context";
import { dynamoDbTemplateStore } from "../../functions/adapters/dynamodb/template-store";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";
import { aClient } from "../fakes/client-builder";
import { consentingLedger } from "../fakes/consenting-ledger";

const { values: options } = parseArgs({
  options: {
    messages: { type: "string", default: "10000" },
    "email-per-minute": { type: "string", default: "600" },
    "sms-per-minute": { type: "string", default: "300" },
  },
});
const MESSAGES = Number(options.messages);
const PER_MINUTE: Record<Channel, number> = {
  email: Number(options["email-per-minute"]),
  sms: Number(options["sms-per-minute"]),
};
const START = "2026-05-04T06:00:00.000Z";

const studio: Studio = {
  id: "bench-studio",
  name: "Studio Rosa",
  kind: "salon",
  timeZone: "Europe/Berlin",
  locale: "de-DE",
  currency: "EUR",
  settings: { defaultCountry: "DE", overdueGraceDays: null },
  createdAt: START,
  updatedAt: START,
  version: 1,
};
/** Half the clients have a mobile number: sms_else_email splits the send over both channels. */
const clientOf = (index: number): Client =>
  aClient({
    id: `client-${index}`,
    studioId: studio.id,
    firstName: `Kim${index}`,
    lastName: "Bench",
    email: `kim${index}@example.com`,
    phone: index % 2 === 0 ? `+4915100${String(index).padStart(6, "0")}` : null,
    phoneKind: index % 2 === 0 ? "mobile" : null,
    createdAt: START,
    updatedAt: START,
  });
const clients = {
  get: async (_studioId: string, clientId: string) => clientOf(Number(clientId.split("-")[1])),
};
const ledger = { entries: async () => [], isSuppressed: async () => false } as unknown as ConsentLedger;

const main = async () => {
  const dynamoDb = await startDynamoDbLocal();
  try {
    const documentClient = createDocumentClient(dynamoDb.endpoint);
    let dynamoDbCalls = 0;
    documentClient.middlewareStack.add(
      (next) => (args) => {
        dynamoDbCalls++;
        return next(args);
      },
      { step: "initialize", name: "countCalls" },
    );
    const tableName = "rebook-bench-send";
    await createRebookTable(
      new DynamoDBClient({
        endpoint: dynamoDb.endpoint,
        region: "local",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
      tableName,
    );
    const ctx = tableContext(documentClient, tableName, randomBytes(32));
    const outbox = dynamoDbOutbox(ctx);
    const receipts = dynamoDbProviderReceipts(ctx);
    let now = Date.parse(START);
    const clock = () => new Date(now).toISOString();

    // Queue
    const queueStarted = performance.now();
    const queue = queueSendRequest(
      {
        studios: { get: async () => studio, save: async () => {} },
        clients: clients as unknown as ClientRepository,
        outbox,
        templates: dynamoDbTemplateStore(ctx),
        clock,
      },
      ledger,
      { perMinute: PER_MINUTE, publicBaseUrl: "https://rebook.example.com", unsubscribeSecret: "bench" },
    );
    const queued = await queue(studio.id, {
      requestId: "bench-request",
      clientIds: Array.from({ length: MESSAGES }, (_, index) => `client-${index}`),
      templatePurpose: "reminder",
      channelPolicy: "sms_else_email",
      values: { appointmentTime: "Tue 5 May, 10:00", bookingLink: "https://rebook.example.com/b" },
    });
    const queueCalls = dynamoDbCalls;
    const queueSeconds = (performance.now() - queueStarted) / 1000;

    // Drain: one run per simulated minute, as the recurring schedule does.
    const accepted = new Map<string, number>();
    const sentAt: Record<Channel, number[]> = { email: [], sms: [] };
    const fakeProvider = (channel: Channel) => ({
      async send({ messageId }: { messageId: string }) {
        accepted.set(messageId, (accepted.get(messageId) ?? 0) + 1);
        sentAt[channel].push(now);
        return { providerMessageId: `fake-${messageId}` };
      },
    });
    let attempt = 0;
    const send = sendDueMessages(
      {
        outbox,
        consents: consentingLedger,
        receipts,
        email: fakeProvider("email") as EmailSender,
        sms: fakeProvider("sms") as SmsSender,
        clock,
        newId: () => `attempt-${++attempt}`,
      },
      { perRun: PER_MINUTE, leaseSeconds: 300, maxAttempts: 6, retryBaseSeconds: 120, concurrency: 16 },
    );
    const drainStarted = performance.now();
    let runs = 0;
    for (;;) {
      const result = await send();
      runs++;
      if (result.due === 0 && accepted.size >= queued.queued) break;
      now += 60_000;
    }
    const drainCalls = dynamoDbCalls - queueCalls;
    const drainSeconds = (performance.now() - drainStarted) / 1000;

    const duplicates = [...accepted.values()].filter((count) => count > 1).length;
    console.log(
      `queued ${queued.queued} messages (${queued.skipped} skipped) in ${queueSeconds.toFixed(1)} s`,
    );
    for (const channel of ["email", "sms"] as const) {
      const times = sentAt[channel];
      if (times.length === 0) continue;
      // A run at minute t sends what is due by t; rate = messages / minutes the channel was sending.
      const minutes = (Math.max(...times) - Math.min(...times)) / 60_000 + 1;
      console.log(
        `${channel.padEnd(5)}: ${times.length} sent in ${minutes} simulated minutes = ${(times.length / minutes).toFixed(1)}/min achieved, ${PER_MINUTE[channel]}/min configured`,
      );
    }
    console.log(`drain: ${runs} runs, ${drainSeconds.toFixed(1)} s wall clock, duplicates ${duplicates}`);
    console.log(
      `DynamoDB calls per message: queue ${(queueCalls / queued.messages.length).toFixed(2)}, drain ${(drainCalls / queued.queued).toFixed(2)}, total ${(dynamoDbCalls / queued.queued).toFixed(2)}`,
    );
  } finally {
    await dynamoDb.stop();
  }
};

await main();
