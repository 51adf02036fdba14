/**
 * Benchmark of the overdue scan against a naive full-table Scan, on DynamoDB Local.
 *
 *   npx tsx test/bench/scan.ts [--clients 100000] [--scale 10] [--due-percent 2] [--budget-seconds 330]
 *
 * Writes `clients × 3 categories` rhythm items in the exact shape the appointment store writes (its own
 * `rhythmItem`), about 2 % of them due, then measures a naive Scan, the scan's index reads alone, and the
 * real scan use case on the real store, twice. It then grows the same table to `scale ×` the clients with
 * the same rhythms due and measures again. If DynamoDB Local cannot do that within the budget, it uses
 * the largest multiple that fits and says so.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { VisitRhythm } from "../../domain/model/visit-rhythm";
import { scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { isOverdue } from "../../domain/rhythm/overdue-rule";
import { deriveRhythm, emptyRhythm, type RhythmPolicy } from "../../domain/rhythm/visit-rhythm-rules";
import { createRebookTable } from "../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../functions/adapters/dynamodb/document-client";
import {
  dynamoDbOverdueScanStore,
  type StoreUsage,
} from "../../functions/adapters/dynamodb/overdue-scan-store";
import { rhythmItem } from "../../functions/adapters/dynamodb/reconnect-items";
import { tableContext } from "../../functions/adapters/dynamodb/table-context";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";

const { values: options } = parseArgs({
  options: {
    clients: { type: "string", default: "100000" },
    scale: { type: "string", default: "10" },
    "due-percent": { type: "string", default: "2" },
    "budget-seconds": { type: "string", default: "330" },
  },
});
const BASE_CLIENTS = Number(options.clients);
const SCALE = Number(options.scale);
const DUE_SHARE = Number(options["due-percent"]) / 100;
/** Seconds the larger run may take (adding clients, then the naive Scan); the scale shrinks to fit. */
const BUDGET_SECONDS = Number(options["budget-seconds"]);

const NOW = "2026-11-23T10:00:00.000Z";
const CATEGORIES = ["hair", "colour", "nails"] as const;
const CLIENTS_PER_STUDIO = 1000;
const DAY = 86_400_000;
const BATCH = 25;
const WRITES_IN_FLIGHT = 12;
const SCAN_PAGE_SIZE = 1000;
const SCAN_SEGMENTS = 16;
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

/**
 * The due rhythms are spread evenly over the first run's clients; the clients added for the larger run
 * are never due, so both runs have the same due count. Not due: 3 % flagged earlier, 30 % with too few
 * visits, the rest in rhythm and not yet due.
 */
const kindOf = (index: number, baseItems: number, dueItems: number): Kind => {
  const due =
    index < baseItems &&
    Math.floor(((index + 1) * dueItems) / baseItems) > Math.floor((index * dueItems) / baseItems);
  if (due) return "due";
  const bucket = (index * 2_654_435_761) % 100;
  return bucket < 3 ? "flagged" : bucket < 33 ? "unevaluated" : "upcoming";
};

const rhythmFor = (index: number, baseItems: number, dueItems: number): VisitRhythm => {
  const pool = templates[kindOf(index, baseItems, dueItems)];
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
const storedItem = (rhythm: VisitRhythm) => rhythmItem({ ...rhythm, version: Math.max(1, rhythm.version) });

/** Writes the rhythm items with the given indexes, 25 per BatchWriteItem, several batches in flight. */
const writeItems = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  indexes: readonly number[],
  itemAt: (index: number) => Record<string, unknown>,
) => {
  let next = 0;
  const writer = async () => {
    while (next < indexes.length) {
      const batch = indexes.slice(next, next + BATCH);
      next += batch.length;
      let requests = batch.map((index) => ({ PutRequest: { Item: itemAt(index) } }));
      while (requests.length > 0) {
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, writer));
};

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => from + offset);

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

/**
 * The naive way: read the whole table and filter for due, unflagged rhythms — as a parallel Scan, the
 * way one would run it on a large table. It only reads; it flags nothing.
 *
 * DynamoDB Local makes every Scan page cost in proportion to how far into the table (or segment) it is:
 * without a limit it reads the whole rest per 1 MB page and runs out of heap at 300,000 items; with a
 * limit but one segment, 600,000 items took over 8 minutes. Limited pages over many segments keep that
 * artefact small. Items read and capacity are the same however the Scan is split.
 */
const naiveScan = async (client: DynamoDBDocumentClient, tableName: string): Promise<Measurement> => {
  const started = performance.now();
  let itemsRead = 0;
  let found = 0;
  let readCapacity = 0;
  const scanSegment = async (segment: number) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: "entity = :rhythm AND reviewAt <= :now AND attribute_not_exists(overdueSince)",
          ExpressionAttributeValues: { ":rhythm": "rhythm", ":now": NOW },
          Segment: segment,
          TotalSegments: SCAN_SEGMENTS,
          Limit: SCAN_PAGE_SIZE,
          ExclusiveStartKey: startKey,
          ReturnConsumedCapacity: "TOTAL",
        }),
      );
      itemsRead += page.ScannedCount ?? 0;
      found += page.Count ?? 0;
      readCapacity += page.ConsumedCapacity?.CapacityUnits ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
  };
  await Promise.all(Array.from({ length: SCAN_SEGMENTS }, (_, segment) => scanSegment(segment)));
  return {
    method: `naive Scan+filter (${SCAN_SEGMENTS} segments)`,
    itemsRead,
    found,
    readCapacity,
    writeCapacity: 0,
    millis: performance.now() - started,
  };
};

/** Only the reads of the scan: every shard of the due index, up to now. */
const dueIndexReads = async (client: DynamoDBDocumentClient, tableName: string): Promise<Measurement> => {
  const usage: StoreUsage[] = [];
  const store = dynamoDbOverdueScanStore(
    tableContext(client, tableName, { cursor: randomBytes(32), address: randomBytes(32) }),
    {
      onUsage: (entry) => usage.push(entry),
    },
  );
  const started = performance.now();
  let found = 0;
  await Promise.all(
    store.shards.map(async (shard) => {
      for await (const page of store.dueRhythms(shard, NOW)) found += page.length;
    }),
  );
  return {
    method: "byDueTime Query, reads only",
    itemsRead: usage.reduce((total, entry) => total + entry.itemsRead, 0),
    found,
    readCapacity: usage.reduce((total, entry) => total + entry.capacityUnits, 0),
    writeCapacity: 0,
    millis: performance.now() - started,
  };
};

/** The real use case on the real store: reads the due index and flags what it finds. */
const overdueScan = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  method: string,
): Promise<Measurement> => {
  const usage: StoreUsage[] = [];
  const store = dynamoDbOverdueScanStore(
    tableContext(client, tableName, { cursor: randomBytes(32), address: randomBytes(32) }),
    {
      onUsage: (entry) => usage.push(entry),
    },
  );
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
  };
};

interface Row extends Measurement {
  run: string;
  clients: number;
  items: number;
  due: number;
}

/** Measures the naive Scan, the scan's reads, the scan itself, and the scan once more. */
const measure = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  run: string,
  clients: number,
  dueItems: number,
) => {
  const progress = (measurement: Measurement) => {
    console.log(`  ${run}: ${measurement.method} took ${(measurement.millis / 1000).toFixed(1)} s`);
    return measurement;
  };
  const naive = progress(await naiveScan(client, tableName));
  const reads = progress(await dueIndexReads(client, tableName));
  const first = progress(await overdueScan(client, tableName, "overdue scan, 1st run (flags)"));
  const second = progress(await overdueScan(client, tableName, "overdue scan, 2nd run"));
  const counts = [naive.found, reads.found, first.found, second.found, second.itemsRead];
  if (counts.join() !== [dueItems, dueItems, dueItems, 0, 0].join()) {
    throw new Error(`unexpected counts ${counts.join(", ")} with ${dueItems} due`);
  }
  const rows: Row[] = [naive, reads, first, second].map((measurement) => ({
    run,
    clients,
    items: clients * CATEGORIES.length,
    // The first run flagged them all: none is due for the second.
    due: measurement === second ? 0 : dueItems,
    ...measurement,
  }));
  return { rows, naiveMillis: naive.millis };
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
  const baseItems = BASE_CLIENTS * CATEGORIES.length;
  const dueItems = Math.round(baseItems * DUE_SHARE);
  const itemAt = (index: number) => storedItem(rhythmFor(index, baseItems, dueItems));
  console.log(
    `DynamoDB Local: starting; now = ${NOW}; ${dueItems.toLocaleString("en")} rhythms due in both runs`,
  );
  // The shared launcher tunes the JVM for a quick start (C1 only); a load of millions of items runs
  // about a third faster with the optimising compiler. The launcher passes our environment on.
  process.env.JAVA_TOOL_OPTIONS = `${process.env.JAVA_TOOL_OPTIONS ?? ""} -XX:-TieredCompilation`.trim();
  const dynamoDb = await startDynamoDbLocal();
  const lowLevel = new DynamoDBClient({
    endpoint: dynamoDb.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const documentClient = createDocumentClient(dynamoDb.endpoint);
  try {
    const tableName = `rebook-bench-${Date.now()}`;
    await createRebookTable(lowLevel, tableName);

    const loadStarted = performance.now();
    await writeItems(documentClient, tableName, range(0, baseItems), itemAt);
    const loadMillis = performance.now() - loadStarted;
    console.log(
      `  1x: wrote ${baseItems.toLocaleString("en")} rhythm items in ${(loadMillis / 1000).toFixed(1)} s ` +
        `(${Math.round(baseItems / (loadMillis / 1000)).toLocaleString("en")} items/s)`,
    );
    const base = await measure(documentClient, tableName, "1x", BASE_CLIENTS, dueItems);

    // The larger run grows the same table: it puts the due rhythms back as they were before the scan
    // flagged them and adds (scale − 1) × the clients, none of them due.
    // Loading grows linearly; DynamoDB Local's Scan grows faster than the table (×1.7 for 2× measured).
    const secondsFor = (multiple: number) =>
      ((multiple - 1) * loadMillis + multiple ** 1.5 * base.naiveMillis) / 1000;
    let scale = SCALE;
    while (scale > 2 && secondsFor(scale) > BUDGET_SECONDS) scale -= 1;
    if (scale < SCALE) {
      console.log(
        `  ${SCALE}x (${(SCALE * BASE_CLIENTS).toLocaleString("en")} clients) would take ~${Math.round(secondsFor(SCALE))} s ` +
          `on this machine's DynamoDB Local; running ${scale}x (${(scale * BASE_CLIENTS).toLocaleString("en")} ` +
          `clients) instead, the largest within --budget-seconds ${BUDGET_SECONDS}`,
      );
    }
    const dueIndexes = range(0, baseItems).filter((index) => kindOf(index, baseItems, dueItems) === "due");
    await writeItems(documentClient, tableName, dueIndexes, itemAt);
    const growStarted = performance.now();
    await writeItems(documentClient, tableName, range(baseItems, scale * baseItems), itemAt);
    console.log(
      `  ${scale}x: added ${((scale - 1) * baseItems).toLocaleString("en")} rhythm items in ` +
        `${((performance.now() - growStarted) / 1000).toFixed(1)} s`,
    );
    const large = await measure(documentClient, tableName, `${scale}x`, scale * BASE_CLIENTS, dueItems);

    console.log("");
    printTable([...base.rows, ...large.rows]);
    console.log("");
    console.log(
      "items read: items DynamoDB read (ScannedCount). RCU/WCU: ConsumedCapacity reported by DynamoDB Local " +
        "(reads: the Scan or the due-index Queries; writes: the conditional flag updates, base + 2 index entries).",
    );
    console.log(
      "The naive Scan and the reads-only row only read; the overdue scan rows run the real use case, which also " +
        "flags every due rhythm. The table holds rhythm items only: with clients and appointments in it, the naive " +
        "Scan would read more still.",
    );
    console.log(`total benchmark time: ${((performance.now() - totalStarted) / 1000).toFixed(0)} s`);
  } finally {
    documentClient.destroy();
    lowLevel.destroy();
    await dynamoDb.stop();
  }
};

await main();
