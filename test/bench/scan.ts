/**
 * Benchmark of the overdue scan against a naive full-table Scan, on DynamoDB Local.
 *
 *   npx tsx test/bench/scan.ts [--clients 100000] [--scale 10] [--due-percent 2] [--budget-seconds 300]
 *
 * Writes `clients × 3 categories` rhythm items in the exact shape the appointment store writes (its own
 * `rhythmItem`), about 2 % of them due, then measures the naive Scan and the real scan use case on the
 * real store. It repeats with `scale ×` the clients and the same number due; if DynamoDB Local cannot
 * load that many within the budget, it uses the largest multiple that fits and says so.
 */
import { parseArgs } from "node:util";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { VisitRhythm } from "../../domain/model/visit-rhythm";
import { isOverdue } from "../../domain/reconnect/overdue-rule";
import { scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { deriveRhythm, emptyRhythm, type RhythmPolicy } from "../../domain/rhythm/visit-rhythm-rules";
import { rhythmItem } from "../../functions/adapters/dynamodb/appointment-store";
import { createRebookTable } from "../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../functions/adapters/dynamodb/document-client";
import {
  dynamoDbOverdueScanStore,
  type StoreUsage,
} from "../../functions/adapters/dynamodb/overdue-scan-store";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";

const { values: options } = parseArgs({
  options: {
    clients: { type: "string", default: "100000" },
    scale: { type: "string", default: "10" },
    "due-percent": { type: "string", default: "2" },
    "budget-seconds": { type: "string", default: "300" },
  },
});
const BASE_CLIENTS = Number(options.clients);
const SCALE = Number(options.scale);
const DUE_SHARE = Number(options["due-percent"]) / 100;
/** Time the larger run may spend loading data; the scale shrinks to fit it. */
const LOAD_BUDGET_MS = Number(options["budget-seconds"]) * 1000;

const NOW = "2026-11-23T10:00:00.000Z";
const CATEGORIES = ["hair", "colour", "nails"] as const;
const CLIENTS_PER_STUDIO = 1000;
const DAY = 86_400_000;
const BATCH = 25;
const WRITES_IN_FLIGHT = 12;
const policy: RhythmPolicy = {
  timeZone: "Europe/Berlin",
  graceDays: null,
  categoryDefaultIntervalDays: null,
};

// ---------------------------------------------------------------------------------------------------
// Data: rhythms derived by the domain rules, in four states. Deriving with luxon per item would cost
// minutes at a million items, so a few hundred templates per state are derived and cloned per client.

type Kind = "due" | "upcoming" | "flagged" | "unevaluated";

/** A deterministic pseudo-random sequence, so every run writes the same data. */
const random = (() => {
  let seed = 42;
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
})();

const instant = (millis: number) => new Date(millis).toISOString();

const derived = (visits: number[], bookings: number[]): VisitRhythm =>
  deriveRhythm(
    {
      ...emptyRhythm("template", "template", "template"),
      attendedVisits: Object.fromEntries(visits.map((at, index) => [`v${index}`, instant(at)])),
      openBookings: Object.fromEntries(bookings.map((at, index) => [`b${index}`, instant(at)])),
      version: visits.length + bookings.length,
    },
    policy,
  );

/** Three to six visits `interval` days apart, the last one `lastVisitDaysAgo` days before now. */
const visitsEnding = (lastVisitDaysAgo: number, intervalDays: number, count: number): number[] =>
  Array.from(
    { length: count },
    (_, index) => Date.parse(NOW) - (lastVisitDaysAgo + (count - 1 - index) * intervalDays) * DAY,
  );

const templatesOf = (kind: Kind, wanted: number): VisitRhythm[] => {
  const templates: VisitRhythm[] = [];
  while (templates.length < wanted) {
    const interval = 21 + Math.floor(random() * 50);
    const count = 3 + Math.floor(random() * 4);
    if (kind === "unevaluated") {
      templates.push(
        derived(visitsEnding(Math.floor(random() * 200), interval, 1 + Math.floor(random() * 2)), []),
      );
      continue;
    }
    const rhythm = derived(visitsEnding(Math.floor(random() * 3 * interval), interval, count), []);
    const due = rhythm.reviewAt !== null && isOverdue(rhythm, NOW);
    if (kind === "due" && due) templates.push(rhythm);
    if (kind === "flagged" && due) {
      templates.push({ ...rhythm, overdueSince: rhythm.reviewAt, version: rhythm.version + 1 });
    }
    if (kind === "upcoming" && !due) {
      // A third of the clients in rhythm have booked their next appointment already.
      templates.push(
        random() < 1 / 3
          ? derived(visitsEnding(Math.floor(random() * interval), interval, count), [
              Date.parse(NOW) + Math.floor(random() * 30 + 1) * DAY,
            ])
          : rhythm,
      );
    }
  }
  return templates;
};

const templates: Record<Kind, VisitRhythm[]> = {
  due: templatesOf("due", 300),
  upcoming: templatesOf("upcoming", 300),
  flagged: templatesOf("flagged", 100),
  unevaluated: templatesOf("unevaluated", 100),
};

/** Not due: 3 % flagged earlier, 30 % with too few visits, the rest in rhythm and not yet due. */
const kindOf = (index: number, items: number, dueItems: number): Kind => {
  if (Math.floor(((index + 1) * dueItems) / items) > Math.floor((index * dueItems) / items)) return "due";
  const bucket = (index * 2_654_435_761) % 100;
  return bucket < 3 ? "flagged" : bucket < 33 ? "unevaluated" : "upcoming";
};

const rhythmFor = (index: number, items: number, dueItems: number): VisitRhythm => {
  const pool = templates[kindOf(index, items, dueItems)];
  const template = pool[index % pool.length]!;
  const clientNumber = Math.floor(index / CATEGORIES.length);
  const clientId = `client-${clientNumber}`;
  const rename = (entries: Record<string, string>) =>
    Object.fromEntries(Object.entries(entries).map(([id, at]) => [`${clientId}-${id}`, at]));
  return {
    ...template,
    studioId: `studio-${Math.floor(clientNumber / CLIENTS_PER_STUDIO)}`,
    clientId,
    categoryId: CATEGORIES[index % CATEGORIES.length]!,
    attendedVisits: rename(template.attendedVisits),
    openBookings: rename(template.openBookings),
  };
};

/** The item exactly as the appointment store's versioned put leaves it. */
const storedItem = (rhythm: VisitRhythm) => ({ ...rhythmItem(rhythm), version: rhythm.version });

const load = async (client: DynamoDBDocumentClient, tableName: string, items: number, dueItems: number) => {
  let next = 0;
  const writer = async () => {
    while (next < items) {
      const start = next;
      next = Math.min(items, next + BATCH);
      let requests = Array.from({ length: next - start }, (_, offset) => ({
        PutRequest: { Item: storedItem(rhythmFor(start + offset, items, dueItems)) },
      }));
      while (requests.length > 0) {
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writer));
};

// ---------------------------------------------------------------------------------------------------
// Measurements

interface Measurement {
  method: string;
  itemsRead: number;
  found: number;
  readCapacity: number;
  writeCapacity: number;
  millis: number;
}

/** The naive way: read the whole table and filter for due, unflagged rhythms. Reads only; flags none. */
const naiveScan = async (client: DynamoDBDocumentClient, tableName: string): Promise<Measurement> => {
  const started = performance.now();
  let itemsRead = 0;
  let found = 0;
  let readCapacity = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: "entity = :rhythm AND reviewAt <= :now AND attribute_not_exists(overdueSince)",
        ExpressionAttributeValues: { ":rhythm": "rhythm", ":now": NOW },
        ExclusiveStartKey: startKey,
        ReturnConsumedCapacity: "TOTAL",
      }),
    );
    itemsRead += page.ScannedCount ?? 0;
    found += page.Count ?? 0;
    readCapacity += page.ConsumedCapacity?.CapacityUnits ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return {
    method: "naive Scan+filter",
    itemsRead,
    found,
    readCapacity,
    writeCapacity: 0,
    millis: performance.now() - started,
  };
};

/** The real use case on the real store: reads the due index and flags what it finds. */
const indexScan = async (client: DynamoDBDocumentClient, tableName: string, method: string) => {
  const usage: StoreUsage[] = [];
  const store = dynamoDbOverdueScanStore(client, tableName, { onUsage: (entry) => usage.push(entry) });
  const started = performance.now();
  const result = await scanOverdueClients({ overdueScan: store, clock: () => NOW })();
  const millis = performance.now() - started;
  const sum = (operation: StoreUsage["operation"], field: "itemsRead" | "capacityUnits") =>
    usage.filter((entry) => entry.operation === operation).reduce((total, entry) => total + entry[field], 0);
  return {
    method,
    itemsRead: sum("dueQuery", "itemsRead"),
    found: result.flagged,
    readCapacity: sum("dueQuery", "capacityUnits"),
    writeCapacity: sum("flag", "capacityUnits"),
    millis,
    result,
  };
};

interface Row extends Measurement {
  run: string;
  clients: number;
  items: number;
  due: number;
}

const runScenario = async (endpoint: string, run: string, clients: number, dueItems: number) => {
  const tableName = `rebook-bench-${run}-${Date.now()}`;
  const lowLevel = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createRebookTable(lowLevel, tableName);
  const documentClient = createDocumentClient(endpoint);
  const items = clients * CATEGORIES.length;

  const loadStarted = performance.now();
  await load(documentClient, tableName, items, dueItems);
  const loadMillis = performance.now() - loadStarted;
  console.log(
    `  ${run}: wrote ${items.toLocaleString("en")} rhythm items in ${(loadMillis / 1000).toFixed(1)} s ` +
      `(${Math.round(items / (loadMillis / 1000)).toLocaleString("en")} items/s)`,
  );

  const progress = (measurement: Measurement) => {
    console.log(`  ${run}: ${measurement.method} took ${(measurement.millis / 1000).toFixed(1)} s`);
    return measurement;
  };
  const naive = progress(await naiveScan(documentClient, tableName));
  const first = progress(await indexScan(documentClient, tableName, "byDueTime scan, 1st run"));
  const second = progress(await indexScan(documentClient, tableName, "byDueTime scan, 2nd run"));
  if (naive.found !== dueItems || first.found !== dueItems || second.found !== 0 || second.itemsRead !== 0) {
    throw new Error(
      `unexpected counts: naive found ${naive.found}, scan flagged ${first.found} then ${second.found}, ` +
        `second read ${second.itemsRead}, due ${dueItems}`,
    );
  }
  const rows: Row[] = [naive, first, second].map((measurement) => ({
    run,
    clients,
    items,
    due: dueItems,
    ...measurement,
  }));
  await lowLevel.send(new DeleteTableCommand({ TableName: tableName }));
  documentClient.destroy();
  lowLevel.destroy();
  return { rows, loadMillis };
};

const printTable = (rows: Row[]) => {
  const header = [
    "run",
    "clients",
    "rhythm items",
    "due",
    "method",
    "items read",
    "read/due",
    "RCU",
    "WCU",
    "wall s",
  ];
  const cells = rows.map((row) => [
    row.run,
    row.clients.toLocaleString("en"),
    row.items.toLocaleString("en"),
    row.due.toLocaleString("en"),
    row.method,
    row.itemsRead.toLocaleString("en"),
    row.due === 0 ? "-" : (row.itemsRead / row.due).toFixed(2),
    row.readCapacity.toLocaleString("en", { maximumFractionDigits: 1 }),
    row.writeCapacity.toLocaleString("en", { maximumFractionDigits: 1 }),
    (row.millis / 1000).toFixed(2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]!.length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((value, column) =>
        column < 2 || column === 4 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!),
      )
      .join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cell of cells) console.log(line(cell));
};

const main = async () => {
  const totalStarted = performance.now();
  const dueItems = Math.round(BASE_CLIENTS * CATEGORIES.length * DUE_SHARE);
  console.log(
    `DynamoDB Local: starting; due at ${NOW}; ${dueItems.toLocaleString("en")} rhythms due in every run`,
  );
  // The shared launcher tunes the JVM for a quick start (C1 only); a load of millions of items runs
  // about a third faster with the optimising compiler. The launcher passes our environment on.
  process.env.JAVA_TOOL_OPTIONS = `${process.env.JAVA_TOOL_OPTIONS ?? ""} -XX:-TieredCompilation`.trim();
  const dynamoDb = await startDynamoDbLocal();
  try {
    const base = await runScenario(dynamoDb.endpoint, "1x", BASE_CLIENTS, dueItems);
    const perClientMillis = base.loadMillis / BASE_CLIENTS;
    const affordable = Math.floor(LOAD_BUDGET_MS / (perClientMillis * BASE_CLIENTS));
    const scale = Math.max(2, Math.min(SCALE, affordable));
    if (scale < SCALE) {
      console.log(
        `  ${SCALE}x (${(SCALE * BASE_CLIENTS).toLocaleString("en")} clients) would take ~` +
          `${Math.round((perClientMillis * SCALE * BASE_CLIENTS) / 1000)} s to load on this machine; ` +
          `running ${scale}x instead (--budget-seconds ${LOAD_BUDGET_MS / 1000})`,
      );
    }
    const large = await runScenario(dynamoDb.endpoint, `${scale}x`, BASE_CLIENTS * scale, dueItems);
    console.log("");
    printTable([...base.rows, ...large.rows]);
    console.log("");
    console.log(
      "items read: items DynamoDB read (ScannedCount); RCU/WCU: ConsumedCapacity reported by DynamoDB Local " +
        "(read: the Scan or the due-index Query; write: the conditional flag updates).",
    );
    console.log(
      "The naive Scan only reads; the byDueTime scan also flags every due rhythm (its wall time includes the " +
        "writes). The table holds rhythm items only: with clients and appointments in it, the naive Scan reads more.",
    );
    console.log(`total benchmark time: ${((performance.now() - totalStarted) / 1000).toFixed(0)} s`);
  } finally {
    await dynamoDb.stop();
  }
};

await main();
