/**
 * Benchmark of online booking's availability and commit, on DynamoDB Local through the real routes.
 *
 *   npx tsx test/bench/availability.ts [--requests 200]
 *
 * A studio with 10 staff working Monday to Saturday 09:00–17:00, 14 days ahead, about 60 % of their time
 * booked. Prints items read and DynamoDB calls per availability request (a week, one staff member or
 * anyone), the p50/p95 of 200 requests, and the sequential round trips (waves) of a commit.
 */
import { parseArgs } from "node:util";
import { apiHarnessOn } from "../support/api-harness";
import type { Usage } from "../support/count-usage";
import { codeSentFor, openForOnlineBooking, WORKING_WEEK } from "../support/online-booking-fixture";
import { startBenchTable } from "./support/bench-table";

const { values: options } = parseArgs({ options: { requests: { type: "string", default: "200" } } });
const REQUESTS = Number(options.requests);
/** Monday 23 November 2026, 11:00 Berlin. */
const NOW = "2026-11-23T10:00:00.000Z";
const STAFF = 10;
const DAYS = 14;
/** Five of the eight hours of each working day: 09:00, 10:15, 11:30, 12:45, 14:00 Berlin (UTC+1). */
const BOOKED_STARTS = ["08:00", "09:15", "10:30", "11:45", "13:00"];
const DAY_MS = 86_400_000;

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const average = (usages: Usage[], pick: (usage: Usage) => number) =>
  usages.reduce((total, usage) => total + pick(usage), 0) / usages.length;

const bench = await startBenchTable();
try {
  const api = apiHarnessOn(bench);
  api.setNow(NOW);
  const studio = await openForOnlineBooking(api, "bench-studio");
  const owner = api.as("bench-studio");
  const extraStaff = await Promise.all(
    Array.from({ length: STAFF - 2 }, (_, index) =>
      owner.post("/staff", { name: `Staff ${index + 3}`, workingHours: WORKING_WEEK }),
    ),
  );
  const staffIds = [...studio.staffIds, ...extraStaff.map((response) => response.body.id as string)];
  const clientIds = await Promise.all(
    Array.from(
      { length: 50 },
      async (_, index) =>
        (await owner.post("/clients", { firstName: "Client", lastName: `No ${index}` })).body.id as string,
    ),
  );
  let booked = 0;
  for (let day = 1; day <= DAYS; day++) {
    const date = new Date(Date.parse("2026-11-23T00:00:00.000Z") + day * DAY_MS).toISOString().slice(0, 10);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 0) continue; // Sundays are closed
    // Staff in parallel; one staff member's bookings one after another (they share the staff day).
    await Promise.all(
      staffIds.map(async (staffId, staffIndex) => {
        for (const [slot, time] of BOOKED_STARTS.entries()) {
          const response = await owner.post("/appointments", {
            clientId: clientIds[staffIndex * BOOKED_STARTS.length + slot],
            serviceId: studio.serviceId,
            staffId,
            startsAt: `${date}T${time}:00.000Z`,
          });
          if (response.status !== 201) throw new Error(`booking failed: ${JSON.stringify(response.body)}`);
          booked += 1;
        }
      }),
    );
  }
  console.log(`studio: ${STAFF} staff, ${DAYS} days, ${booked} appointments (5 of 8 working hours booked)`);

  const usages: Usage[] = [];
  const durations: number[] = [];
  let staffDays = 0;
  for (let request = 0; request < REQUESTS; request++) {
    const from = new Date(Date.parse("2026-11-24T00:00:00.000Z") + (request % 7) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const staffQuery = request % 2 === 0 ? "" : `&staffId=${staffIds[request % STAFF]}`;
    staffDays += (request % 2 === 0 ? STAFF : 1) * 7;
    const started = performance.now();
    const { result, usage } = await bench.measure(() =>
      api.publicRequest(
        "GET",
        `/book/${studio.handle}/availability?serviceId=${studio.serviceId}&from=${from}&days=7${staffQuery}`,
        undefined,
        { ip: `198.51.100.${request % 250}` },
      ),
    );
    durations.push(performance.now() - started);
    if (result.status !== 200)
      throw new Error(`availability: ${result.status} ${JSON.stringify(result.body)}`);
    usages.push(usage);
  }
  const itemsRead = usages.reduce((total, usage) => total + usage.itemsRead, 0);
  console.log(`availability requests: ${REQUESTS} (a week each; half for anyone, half for one staff member)`);
  console.log(
    `per request: ${average(usages, (usage) => usage.itemsRead).toFixed(1)} items read, ${average(usages, (usage) => usage.calls).toFixed(1)} DynamoDB calls, ${average(usages, (usage) => usage.waves).toFixed(1)} waves, ${average(usages, (usage) => usage.readUnits).toFixed(1)} read units`,
  );
  console.log(
    `items read per staff-day asked: ${(itemsRead / staffDays).toFixed(2)} (goal: one read per staff-day, no appointment items)`,
  );
  console.log(
    `p50 ${percentile(durations, 0.5).toFixed(1)} ms, p95 ${percentile(durations, 0.95).toFixed(1)} ms`,
  );

  const hold = await api.publicRequest(
    "POST",
    `/book/${studio.handle}/holds`,
    { serviceId: studio.serviceId, startsAt: "2026-11-25T14:15:00.000Z" },
    { ip: "203.0.113.7" },
  );
  const holdId = hold.body.holdId as string;
  await api.publicRequest(
    "POST",
    `/book/${studio.handle}/holds/${holdId}/code`,
    { phone: "+4915123456789" },
    { ip: "203.0.113.7" },
  );
  await api.publicRequest(
    "POST",
    `/book/${studio.handle}/holds/${holdId}/code/check`,
    { code: await codeSentFor(api, "bench-studio", holdId) },
    { ip: "203.0.113.7" },
  );
  const { result: commit, usage: commitUsage } = await bench.measure(() =>
    api.publicRequest(
      "POST",
      `/book/${studio.handle}/bookings`,
      {
        requestKey: `bench-${holdId}`,
        holdId,
        firstName: "Noor",
        lastName: "Bakker",
        termsVersion: 1,
        termsAccepted: true,
      },
      { ip: "203.0.113.7" },
    ),
  );
  if (commit.status !== 201) throw new Error(`commit: ${commit.status} ${JSON.stringify(commit.body)}`);
  console.log(
    `commit: ${commitUsage.waves} sequential round trips (goal ≤ 3), ${commitUsage.calls} calls ${JSON.stringify(commitUsage.byCommand)}`,
  );
} finally {
  await bench.stop();
}
