import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface Usage {
  calls: number;
  /** Sequential round trips: how often the number of requests in flight rose from none. */
  waves: number;
  readUnits: number;
  writeUnits: number;
  /** Calls per operation name, e.g. { BatchGetItemCommand: 2, TransactWriteItemsCommand: 1 }. */
  byCommand: Record<string, number>;
}

const READS = /Get|Query|Scan/;

const unitsOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((total, entry) => total + (entry.CapacityUnits ?? 0), 0);

/**
 * Counts what every request of a document client costs: calls, sequential waves, and the read and write
 * units DynamoDB reports (it is asked to report them on every call).
 */
export const countUsage = (documentClient: DynamoDBDocumentClient) => {
  const usage: Usage = { calls: 0, waves: 0, readUnits: 0, writeUnits: 0, byCommand: {} };
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
        if (READS.test(command)) usage.readUnits += units;
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
