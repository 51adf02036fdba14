/**
 * Benchmark of the appointment notice run, on DynamoDB Local.
 *
 *   npx tsx test/bench/reminders.ts [--appointments 50000] [--days 30] [--minutes 1440]
 *
 * Writes one 24-hour reminder per appointment (the item the appointment store writes, `noticeItem`), the
 * appointments spread over `days` days of opening hours, then runs the real notice run once a minute through
 * one day (after a first run that catches up on what was due before). Prints the items the run's index
 * queries read per reminder due (goal ≤ 1.1), the reminders handed over more than once (goal 0), the
 * DynamoDB calls and the p50/p95 of a run.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { reminderDueAt } from "../../domain/appointments/appointment-notices";
import { sendAppointmentNotices } from "../../domain/appointments/send-appointment-notices";
import type { AppointmentNotice } from "../../domain/model/appointment-notice";
import type { SendRequest } from "../../domain/ports/send-request-queue";
import { noticeItem } from "../../functions/adapters/dynamodb/appointment-store";
import { putAll } from "../../functions/adapters/dynamodb/batch-write";
import { wireRepositories, withQueueing } from "../../functions/shared/wiring";
import { aStudio, BOOKING_LINKS } from "../support/api-harness";
import { startBenchTable } from "./support/bench-table";

const { values: options } = parseArgs({
  options: {
    appointments: { type: "string", default: "50000" },
    days: { type: "string", default: "30" },
    minutes: { type: "string", default: "1440" },
  },
});
const APPOINTMENTS = Number(options.appointments);
const DAYS = Number(options.days);
const MINUTES = Number(options.minutes);
const ZONE = "Europe/Berlin";
const FIRST_DAY = Date.parse("2026-11-30T00:00:00.000Z");
/** The day measured: the tenth, so reminders of the days before and after lie in the index too. */
const MEASURED_DAY = FIRST_DAY + 10 * 86_400_000;
const STUDIOS = 20;

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

const bench = await startBenchTable();
let now = new Date(MEASURED_DAY).toISOString();
let itemsRead = 0;
bench.ctx.client.middlewareStack.add(
  (next, context) => async (args) => {
    const result = await next(args);
    if (context.commandName === "QueryCommand")
      itemsRead += (result.output as { ScannedCount?: number }).ScannedCount ?? 0;
    return result;
  },
  { step: "initialize", name: "countItemsRead" },
);

const handedOver = new Map<string, number>();
const deps = withQueueing(
  wireRepositories(bench.ctx, { clock: () => now, newId: randomUUID, bookingLinks: BOOKING_LINKS }),
  () => async (_studioId: string, request: SendRequest) => {
    handedOver.set(request.requestId, (handedOver.get(request.requestId) ?? 0) + 1);
    return { requestId: request.requestId, queued: 1, skipped: 0, messages: [] };
  },
);

try {
  const studioIds = Array.from({ length: STUDIOS }, (_, index) => `studio-${index}`);
  await Promise.all(
    studioIds.map((id) => deps.studios.open({ studio: aStudio(id), categories: [], owner: null })),
  );
  const started = performance.now();
  const notices: AppointmentNotice[] = Array.from({ length: APPOINTMENTS }, (_, index) => {
    // Opening hours 09:00–19:00 Berlin (08:00–18:00 UTC in winter), every quarter hour.
    const day = index % DAYS;
    const slot = Math.floor(index / DAYS) % 40;
    const startsAt = new Date(FIRST_DAY + day * 86_400_000 + (8 * 60 + slot * 15) * 60_000).toISOString();
    const appointmentId = `appointment-${index}`;
    return {
      studioId: studioIds[index % STUDIOS]!,
      appointmentId,
      clientId: `client-${index}`,
      kind: "reminder-24h-sms",
      templatePurpose: "reminder",
      channelPolicy: "sms",
      dueAt: reminderDueAt(startsAt, 24, ZONE),
      appointmentVersion: 1,
      startsAt,
      serviceName: "Cut",
    };
  });
  await putAll(bench.ctx, notices.map(noticeItem));
  console.log(
    `wrote ${APPOINTMENTS} reminders over ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const run = sendAppointmentNotices(deps);
  const catchUp = await run();
  console.log(`catch-up run before the day: ${catchUp.due} reminders that were due earlier`);

  itemsRead = 0;
  const before = bench.snapshot();
  const durations: number[] = [];
  let due = 0;
  for (let minute = 1; minute <= MINUTES; minute++) {
    now = new Date(MEASURED_DAY + minute * 60_000).toISOString();
    const runStarted = performance.now();
    const result = await run();
    durations.push(performance.now() - runStarted);
    due += result.due;
    if (result.failed.length > 0) throw new Error(`${result.failed.length} notices failed`);
  }
  const usage = bench.since(before);
  const duplicates = [...handedOver.values()].filter((count) => count > 1).length;
  console.log(`runs: ${MINUTES} (one a minute through one day)`);
  console.log(`reminders due that day: ${due}`);
  console.log(
    `items read by the index queries: ${itemsRead} → ${(itemsRead / Math.max(due, 1)).toFixed(3)} per reminder due (goal ≤ 1.1)`,
  );
  console.log(`reminders handed over more than once: ${duplicates} (goal 0)`);
  console.log(
    `DynamoDB calls: ${usage.calls} (${JSON.stringify(usage.byCommand)}), read units ${usage.readUnits.toFixed(1)}`,
  );
  console.log(
    `run p50 ${percentile(durations, 0.5).toFixed(1)} ms, p95 ${percentile(durations, 0.95).toFixed(1)} ms`,
  );
} finally {
  await bench.stop();
}
