import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient, TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { rebookTable } from "../../functions/adapters/dynamodb/table-schema";

export interface Usage {
  calls: number;
  /** Sequential round trips: how often the number of requests in flight rose from none. */
  waves: number;
  readUnits: number;
  /** Items (and index entries) read: what queries scanned, what gets and batches found. */
  itemsRead: number;
  /** As DynamoDB bills them; for transactions an estimate (see `transactionWriteUnits`). */
  writeUnits: number;
  /** Calls per operation name, e.g. { BatchGetItemCommand: 2, TransactWriteItemsCommand: 1 }. */
  byCommand: Record<string, number>;
}

const READS = /Get|Query|Scan/;

/** Items a read touched: a query's or scan's scanned entries (a count included), a get's item, a batch's found items. */
const itemsOf = (output: Record<string, unknown>): number => {
  if (typeof output.ScannedCount === "number") return output.ScannedCount;
  if (output.Responses !== undefined && !Array.isArray(output.Responses))
    return Object.values(output.Responses as Record<string, unknown[]>).reduce(
      (total, items) => total + items.length,
      0,
    );
  return output.Item === undefined ? 0 : 1;
};

const unitsOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((total, entry) => total + (entry.CapacityUnits ?? 0), 0);

type Item = Record<string, unknown>;

/** DynamoDB's size of a value: UTF-8 bytes of text and names, about a byte per two digits of a number. */
const sizeOf = (value: unknown): number => {
  if (value === null || value === undefined || typeof value === "boolean") return 1;
  if (typeof value === "string") return Buffer.byteLength(value);
  if (typeof value === "number" || typeof value === "bigint")
    return Math.ceil(String(value).replace(/[-.]/g, "").length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((total: number, member) => total + sizeOf(member), 0);
  if (Array.isArray(value)) return 3 + value.reduce((total: number, member) => total + 1 + sizeOf(member), 0);
  return 3 + itemSize(value as Item) + Object.keys(value).length;
};

const itemSize = (item: Item): number =>
  Object.entries(item).reduce((total, [name, value]) => total + Buffer.byteLength(name) + sizeOf(value), 0);

const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** What a put writes to the indexes the item is in: their entries, by each index's projection. */
const indexUnitsOf = (item: Item): number =>
  rebookTable.indexes
    .filter((index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined)
    .reduce((total, index) => {
      const projected =
        index.projection === "all"
          ? Object.keys(item)
          : [
              "pk",
              "sk",
              index.partitionKey,
              index.sortKey,
              ...(index.projection === "keys" ? [] : index.projection),
            ];
      return total + kilobytes(itemSize(Object.fromEntries(projected.map((name) => [name, item[name]]))));
    }, 0);

/**
 * DynamoDB Local reports a transaction as the units of a single item, however many it holds. DynamoDB bills
 * two writes (prepare and commit) per item of a transaction; index entries are written once, after the
 * commit. A put's size is known from the request; an update, delete or condition check is priced as an item
 * of up to 1 KB (Rebook's counters and statistics), plus one index write per index whose key it sets.
 */
const transactionWriteUnits = (input: TransactWriteCommandInput): number =>
  (input.TransactItems ?? []).reduce((total, action) => {
    if (action.Put !== undefined) {
      const item = action.Put.Item as Item;
      return total + 2 * kilobytes(itemSize(item)) + indexUnitsOf(item);
    }
    const expression = action.Update?.UpdateExpression ?? "";
    const indexWrites = rebookTable.indexes.filter((index) =>
      new RegExp(`\\b${index.partitionKey}\\b`).test(expression),
    ).length;
    return total + 2 + indexWrites;
  }, 0);

/**
 * Counts what every request of a document client costs: calls, sequential waves, and the read and write
 * units DynamoDB Local reports (it is asked to report them on every call), transactions priced apart.
 */
export const countUsage = (documentClient: DynamoDBDocumentClient) => {
  const usage: Usage = { calls: 0, waves: 0, readUnits: 0, itemsRead: 0, writeUnits: 0, byCommand: {} };
  let inFlight = 0;
  documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? "unknown";
      usage.calls++;
      usage.byCommand[command] = (usage.byCommand[command] ?? 0) + 1;
      if (inFlight++ === 0) usage.waves++;
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = "TOTAL";
      try {
        const result = await next(args);
        const units = unitsOf((result.output as { ConsumedCapacity?: ConsumedCapacity }).ConsumedCapacity);
        if (READS.test(command)) {
          usage.readUnits += units;
          usage.itemsRead += itemsOf(result.output as Record<string, unknown>);
        } else if (command === "TransactWriteItemsCommand")
          usage.writeUnits += transactionWriteUnits(args.input as TransactWriteCommandInput);
        else usage.writeUnits += units;
        return result;
      } finally {
        inFlight--;
      }
    },
    { step: "initialize", name: "countUsage" },
  );
  const snapshot = (): Usage => ({ ...usage, byCommand: { ...usage.byCommand } });
  /** What the requests since `before` cost. */
  const since = (before: Usage): Usage => ({
    calls: usage.calls - before.calls,
    waves: usage.waves - before.waves,
    readUnits: usage.readUnits - before.readUnits,
    itemsRead: usage.itemsRead - before.itemsRead,
    writeUnits: usage.writeUnits - before.writeUnits,
    byCommand: Object.fromEntries(
      Object.entries(usage.byCommand)
        .map(([name, count]) => [name, count - (before.byCommand[name] ?? 0)] as const)
        .filter(([, count]) => count > 0),
    ),
  });
  return {
    usage,
    snapshot,
    since,
    /** What `operation` costs. */
    measure: async <T>(operation: () => Promise<T>): Promise<{ result: T; usage: Usage }> => {
      const before = snapshot();
      const result = await operation();
      return { result, usage: since(before) };
    },
  };
};
