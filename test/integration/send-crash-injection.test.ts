import { beforeAll, describe, expect, it } from "vitest";
import { type SenderSettings, sendDueMessages } from "../../domain/outbox/send-due-messages";
import type { AppointmentStore } from "../../domain/ports/appointment-store";
import type { EmailSender, ProviderReceipts, SmsSender } from "../../domain/ports/message-providers";
import type { Outbox } from "../../domain/ports/outbox";
import { dynamoDbAppointmentStore } from "../../functions/adapters/dynamodb/appointment-store";
import { dynamoDbOutbox } from "../../functions/adapters/dynamodb/outbox-store";
import { dynamoDbProviderReceipts } from "../../functions/adapters/dynamodb/provider-receipts";
import { consentingClients, nothingSuppressed } from "../fakes/consenting-recipients";
import { addToOutbox, aQueuedMessage } from "../fakes/outbox-message-builder";
import { createTestTable } from "../support/test-table";

/** The process died: nothing after it happens. */
class CrashError extends Error {}

const CRASH_POINTS = ["beforeCall", "afterCall", "beforeStateWrite"] as const;
type CrashPoint = (typeof CRASH_POINTS)[number];

const RUNS = 120;
const MESSAGES_PER_RUN = 6;
const SETTINGS: SenderSettings = {
  perRun: { email: 100, sms: 100 },
  perSecond: { email: 100, sms: 100 },
  leaseSeconds: 300,
  maxAttempts: 5,
  retryBaseSeconds: 60,
  concurrency: 3,
};

/** mulberry32: a seeded generator, so a failing run can be replayed from its seed. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

let outbox: Outbox;
let appointments: AppointmentStore;
let receipts: ProviderReceipts;

beforeAll(async () => {
  const table = await createTestTable();
  outbox = dynamoDbOutbox(table.ctx);
  appointments = dynamoDbAppointmentStore(table.ctx);
  receipts = dynamoDbProviderReceipts(table.ctx);
});

/**
 * One sender process: the provider counts every accepted message and records its receipt the way the SES
 * SEND event does; a planned crash kills the process at its point, and after that every call fails.
 */
const senderProcess = (
  clock: () => string,
  accepted: Map<string, number>,
  crash: { messageId: string; point: CrashPoint } | null,
) => {
  let dead = false;
  const die = (): never => {
    dead = true;
    throw new CrashError("crashed");
  };
  const alive = () => {
    if (dead) throw new CrashError("dead process");
  };
  const provider = {
    async send({ messageId }: { messageId: string }) {
      alive();
      if (crash?.messageId === messageId && crash.point === "beforeCall") die();
      const providerMessageId = `provider-${messageId}-${(accepted.get(messageId) ?? 0) + 1}`;
      accepted.set(messageId, (accepted.get(messageId) ?? 0) + 1);
      await receipts.record(messageId, { providerMessageId }, clock());
      if (crash?.messageId === messageId && crash.point === "afterCall") die();
      return { providerMessageId };
    },
  };
  const guardedOutbox: Outbox = {
    ...outbox,
    due: (...args) => {
      alive();
      return outbox.due(...args);
    },
    lease: (...args) => {
      alive();
      return outbox.lease(...args);
    },
    requeue: (...args) => {
      alive();
      return outbox.requeue(...args);
    },
    markFailed: (...args) => {
      alive();
      return outbox.markFailed(...args);
    },
    markSent: (message, ...rest) => {
      alive();
      if (crash?.messageId === message.id && crash.point === "beforeStateWrite") die();
      return outbox.markSent(message, ...rest);
    },
  };
  let attempt = 0;
  return sendDueMessages(
    {
      outbox: guardedOutbox,
      clients: consentingClients,
      consents: nothingSuppressed,
      appointments,
      receipts,
      email: provider as EmailSender,
      sms: provider as SmsSender,
      clock,
      newId: () => `attempt-${++attempt}-${Math.random()}`,
      pause: async () => {},
      afterSent: async () => {},
    },
    SETTINGS,
  );
};

describe("the sender under crash injection", () => {
  it(`sends every message exactly once over ${RUNS} runs that crash at random points`, async () => {
    const seed = Date.now();
    const random = randomFrom(seed);
    const crashesAt: Record<CrashPoint | "none", number> = {
      beforeCall: 0,
      afterCall: 0,
      beforeStateWrite: 0,
      none: 0,
    };
    let duplicates = 0;
    let lost = 0;

    for (let run = 0; run < RUNS; run++) {
      // Prepare: a batch of due messages, a simulated clock, and a crash (or none) at a random point.
      let now = Date.parse("2026-05-04T10:00:00.000Z") + run * 86_400_000;
      const clock = () => new Date(now).toISOString();
      const messages = Array.from({ length: MESSAGES_PER_RUN }, (_, index) =>
        aQueuedMessage(`run${run}-message${index}`, clock()),
      );
      const ids = messages.map((message) => message.id);
      await addToOutbox(outbox, messages);
      const accepted = new Map<string, number>();
      const point = random() < 0.1 ? null : CRASH_POINTS[Math.floor(random() * CRASH_POINTS.length)]!;
      const crash = point === null ? null : { messageId: ids[Math.floor(random() * ids.length)]!, point };
      crashesAt[point ?? "none"]++;

      // Act: the crashing run, then retry runs after the leases expired, until nothing is due.
      await senderProcess(clock, accepted, crash)().catch((error: unknown) => {
        if (!(error instanceof CrashError)) throw error;
      });
      for (let retry = 0; retry < 10; retry++) {
        now += (SETTINGS.leaseSeconds + 1) * 1000;
        const result = await senderProcess(clock, accepted, null)();
        if (result.due === 0) break;
      }

      // Assess
      for (const id of ids) {
        const message = await outbox.get("studio-1", id);
        if ((accepted.get(id) ?? 0) > 1) duplicates++;
        if (message?.status !== "sent") lost++;
        expect({ id, seed, status: message?.status, accepted: accepted.get(id) }).toEqual({
          id,
          seed,
          status: "sent",
          accepted: 1,
        });
      }
    }

    expect({ duplicates, lost }).toEqual({ duplicates: 0, lost: 0 });
    expect(crashesAt.beforeCall + crashesAt.afterCall + crashesAt.beforeStateWrite).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
