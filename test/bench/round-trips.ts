/**
 * DynamoDB round trips of the operations issue 8 measured, on the real path: the demo studio of the local
 * stack (its seed) on DynamoDB Local, the hourly run to flag overdue clients, then each operation through
 * the same HTTP handlers the Lambdas run (and the real sender with accepting providers). Prints per
 * operation the calls, sequential waves, read and write units and calls by command, next to the issue's
 * "before" figures.
 *
 *   npm run bench:round-trips
 */

import { scheduledReconnect } from "../../domain/reconnect/scheduled-reconnect";
import { DEMO_STUDIO_ID } from "../../functions/local/local-data";
import { seedDemoStudio } from "../../functions/local/seed/demo-studio";
import { apiHarnessOn } from "../support/api-harness";
import type { Usage } from "../support/count-usage";
import { benchSender } from "./support/bench-sender";
import { startBenchTable } from "./support/bench-table";

/** A Tuesday, 10:00 in the demo studio's zone (Europe/Berlin): inside the staff's hours and send windows. */
const NOW = "2026-11-24T09:00:00.000Z";
const CLIENTS = 320;
const CATEGORY = "haircut";
const CLIENT = "client-0001";
const TAB_PAGE = 21;

interface Row {
  operation: string;
  usage: Usage;
  /** Per recipient or message: the figures are divided by this. */
  per: number;
  before: string;
}

const main = async () => {
  const bench = await startBenchTable();
  try {
    const api = apiHarnessOn(bench);
    api.setNow(NOW);
    const started = performance.now();
    const seeded = await seedDemoStudio(api.deps, { clients: CLIENTS, now: NOW });
    await scheduledReconnect(api.deps)();
    console.log(
      `seeded ${seeded.clients} clients, ${seeded.appointments} appointments in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    const studio = api.as(DEMO_STUDIO_ID);
    const rows: Row[] = [];
    /** Measures one request, which must answer `status`. */
    const measure = async (
      operation: string,
      before: string,
      status: number,
      request: () => ReturnType<typeof studio.get>,
      per: (body: never) => number = () => 1,
    ) => {
      const { result, usage } = await bench.measure(request);
      if (result.status !== status)
        throw new Error(`${operation}: ${result.status} ${JSON.stringify(result.body)}`);
      rows.push({ operation, usage, per: per(result.body as never), before });
      return result.body;
    };
    const appointment = (startsAt: string, staffId: string, outsideWorkingHours = false) => ({
      clientId: CLIENT,
      serviceId: "cut-and-blow-dry",
      staffId,
      startsAt,
      outsideWorkingHours,
    });

    await measure("book (catalog not cached)", "8 · 4", 201, () =>
      studio.post("/appointments", appointment("2027-06-01T08:00:00Z", "staff-1")),
    );
    const booked = await measure("book (catalog cached)", "8 · 4", 201, () =>
      studio.post("/appointments", appointment("2027-06-01T10:00:00Z", "staff-1")),
    );
    await measure("reschedule (same day)", "8 · 7", 200, () =>
      studio.put(`/appointments/${(booked as { id: string }).id}/time`, { startsAt: "2027-06-01T13:00:00Z" }),
    );
    // Past appointments before the staff's hours, so no seeded booking is in the way.
    const attended = (
      await studio.post("/appointments", appointment("2026-11-17T06:00:00Z", "staff-1", true))
    ).body.id;
    const missed = (await studio.post("/appointments", appointment("2026-11-17T05:00:00Z", "staff-2", true)))
      .body.id;
    await measure("set status attended", "7–8 · 6–7", 200, () =>
      studio.put(`/appointments/${attended}/status`, { status: "attended" }),
    );
    await measure("set status no-show", "7–8 · 6–7", 200, () =>
      studio.put(`/appointments/${missed}/status`, { status: "no_show", reason: "did not come" }),
    );
    // Deposits: staff ask for one (a checkout at the simulator), the client pays, the provider delivers again.
    const withDeposit = (await studio.post("/appointments", appointment("2027-06-02T08:00:00Z", "staff-1")))
      .body.id;
    const asked = await measure("ask for a deposit (staff)", "new", 200, () =>
      studio.post(`/appointments/${withDeposit}/deposit`, { amount: 2000 }),
    );
    const payOnCheckout = () =>
      api.publicRequest(
        "POST",
        `${(asked as { deposit: { paymentUrl: string } }).deposit.paymentUrl}?action=pay`,
      );
    await measure("payment event: deposit paid", "new", 303, payOnCheckout);
    await measure("payment event replayed", "new", 303, payOnCheckout);
    const tab = await measure(`ReConnect tab page (limit ${TAB_PAGE})`, "117 (69 RCU) · 14", 200, () =>
      studio.get(`/reconnect/categories/${CATEGORY}/clients?tab=reachable&limit=${TAB_PAGE}`),
    );
    await measure("category counts", "COUNT queries", 200, () => studio.get("/reconnect/categories"));
    await measure("client card", "whole history", 200, () => studio.get(`/clients/${CLIENT}/card`));
    const contact = await measure(
      "contact overdue clients (per recipient)",
      "10.7 · 35",
      200,
      () => studio.post(`/reconnect/categories/${CATEGORY}/contact`),
      (body: { contacted: number }) => body.contacted,
    );

    // The sender a few minutes later, when every queued message is released: one run sends them all.
    let now = Date.parse(NOW) + 5 * 60_000;
    const sender = benchSender(bench.ctx, api.deps, () => new Date(now).toISOString());
    const { usage: sendUsage } = await bench.measure(async () => {
      while (sender.accepted.size < (contact as { contacted: number }).contacted) {
        await sender.send();
        now += 60_000;
      }
    });
    rows.push({
      operation: "sender run (per message)",
      usage: sendUsage,
      per: sender.accepted.size,
      before: "5.4 (≈16 WCU) · 34",
    });

    const perUnit = (value: number, per: number) =>
      per === 1 ? value.toFixed(value % 1 === 0 ? 0 : 1) : (value / per).toFixed(2);
    const table = [
      ["operation", "calls", "waves", "RCU", "WCU", "calls by command", "before: calls · waves"],
      ...rows.map(({ operation, usage, per, before }) => [
        per === 1 ? operation : `${operation.replace(/\)$/, "")}, n = ${per})`,
        perUnit(usage.calls, per),
        String(usage.waves),
        perUnit(usage.readUnits, per),
        perUnit(usage.writeUnits, per),
        Object.entries(usage.byCommand)
          .map(([command, count]) => `${command.replace(/Command$/, "")} ${perUnit(count, per)}`)
          .join(", "),
        before,
      ]),
    ];
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    const line = (cells: string[]) =>
      `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
    console.log(`\n${line(table[0]!)}`);
    console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
    for (const row of table.slice(1)) console.log(line(row));
    console.log(
      `\nRows marked "per" divide calls and units by n (waves are the operation's total). The tab page listed ${(tab as { items: unknown[] }).items.length} rows.`,
    );
  } finally {
    await bench.stop();
  }
};

await main();
