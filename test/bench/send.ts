/**
 * Benchmark of messaging on the real path: clients with consent on DynamoDB Local through the real
 * repositories and ledger, a marketing send request through the real queueing use case, then the real
 * sender with fake providers on a simulated clock, one run per simulated minute, at production rates (SES's
 * default production rate of 14 mails/s, 10 texts/s for a long code). Prints DynamoDB calls, waves and
 * write units per message, queue and send apart, and the rates achieved.
 *
 *   npm run bench:send -- [--recipients 1000]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createClient } from "../../domain/clients/create-client";
import { recordConsent } from "../../domain/consent/record-consent";
import { forEachBounded } from "../../domain/outbox/bounded-concurrency";
import { outboxSendRequests } from "../../functions/shared/outbox-send-requests";
import { wireRepositories, withQueueing } from "../../functions/shared/wiring";
import { aStudio, BOOKING_LINKS } from "../support/api-harness";
import { benchSender, PER_SECOND } from "./support/bench-sender";
import { startBenchTable, type Usage } from "./support/bench-table";

const { values: options } = parseArgs({ options: { recipients: { type: "string", default: "1000" } } });
const RECIPIENTS = Number(options.recipients);
const START = "2026-05-04T08:00:00.000Z";

const perMessage = (usage: Usage, messages: number) =>
  `${(usage.calls / messages).toFixed(2)} calls, ${(usage.writeUnits / messages).toFixed(2)} write units, ${(usage.readUnits / messages).toFixed(2)} read units`;

const main = async () => {
  const bench = await startBenchTable();
  try {
    let now = Date.parse(START);
    const clock = () => new Date(now).toISOString();
    const deps = withQueueing(
      wireRepositories(bench.ctx, { clock, newId: randomUUID, bookingLinks: BOOKING_LINKS }),
      outboxSendRequests(() => ({
        perMinute: { email: 60, sms: 30 },
        publicBaseUrl: "https://rebook.example.com",
        unsubscribeSecret: "bench-unsubscribe-key",
        bookingBaseUrl: "https://book.rebook.example.com",
        manageSecret: "bench-booking-key",
      })),
    );
    const studio = await (async () => {
      const created = aStudio("bench-studio", { name: "Studio Rosa", createdAt: START, updatedAt: START });
      await deps.studios.save(created);
      return created;
    })();

    // Clients: half with a mobile, all with email; marketing consent on both channels.
    const started = performance.now();
    const clientIds: string[] = [];
    await forEachBounded(
      Array.from({ length: RECIPIENTS }, (_, index) => index),
      16,
      async (index) => {
        const client = await createClient(deps)(studio.id, {
          firstName: `Kim${index}`,
          lastName: "Bench",
          email: `kim${index}@example.com`,
          phone: index % 2 === 0 ? `+4915${String(100_000_000 + index)}` : null,
          birthday: null,
          address: { street: null, postcode: null, city: null },
          gender: "unspecified",
          notes: "",
          tags: [],
          referralSource: null,
          profession: null,
          education: null,
          taxCode: null,
          invoiceCodes: { pec: null, sdi: null },
          language: null,
          clientSince: null,
        });
        for (const channel of ["email", "sms"] as const) {
          await recordConsent(deps)(studio.id, client.id, {
            channel,
            purpose: "marketing",
            granted: true,
            source: "paper_form",
            evidence: { text: null, ipAddress: null, userAgent: null },
          });
        }
        clientIds.push(client.id);
      },
    );
    console.log(
      `${RECIPIENTS} clients with consent in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    // Queue
    const beforeQueue = bench.snapshot();
    const queued = await deps.sendRequests(studio.id, {
      requestId: "bench-broadcast",
      clientIds,
      templatePurpose: "broadcast",
      channelPolicy: "sms_else_email",
      values: {},
    });
    const queueUsage = bench.since(beforeQueue);

    // Drain: one run per simulated minute, as the recurring schedule does.
    const { send, accepted, sentAt } = benchSender(bench.ctx, deps, clock);
    const beforeDrain = bench.snapshot();
    let runs = 0;
    while (accepted.size < queued.queued && runs < 10_000) {
      await send();
      runs++;
      now += 60_000;
    }
    const drainUsage = bench.since(beforeDrain);

    const duplicates = [...accepted.values()].filter((count) => count > 1).length;
    console.log(`queued ${queued.queued} marketing messages (${queued.skipped} skipped)`);
    console.log(
      `queue per message: ${perMessage(queueUsage, queued.queued)}; ${queueUsage.waves} waves in all`,
    );
    console.log(`send  per message: ${perMessage(drainUsage, queued.queued)}`);
    const total = {
      ...queueUsage,
      calls: queueUsage.calls + drainUsage.calls,
      writeUnits: queueUsage.writeUnits + drainUsage.writeUnits,
      readUnits: queueUsage.readUnits + drainUsage.readUnits,
    };
    console.log(`total per message: ${perMessage(total, queued.queued)}`);
    console.log(`queue calls: ${JSON.stringify(queueUsage.byCommand)}`);
    console.log(`send calls: ${JSON.stringify(drainUsage.byCommand)}`);
    for (const channel of ["email", "sms"] as const) {
      const times = sentAt[channel];
      if (times.length === 0) continue;
      const minutes = (Math.max(...times) - Math.min(...times)) / 60_000 + 1;
      console.log(
        `${channel.padEnd(5)}: ${times.length} sent in ${minutes} simulated minutes (release pace 60/30 per minute per studio; account ${PER_SECOND[channel] * 60}/min)`,
      );
    }
    console.log(`drain: ${runs} runs, duplicates ${duplicates}`);
  } finally {
    await bench.stop();
  }
};

await main();
