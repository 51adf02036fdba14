import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createRebookTable } from "../../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../../functions/adapters/dynamodb/document-client";
import { type TableContext, tableContext } from "../../../functions/adapters/dynamodb/table-context";
import { startDynamoDbLocal } from "../../../functions/local/dynamodb-local";
import { secretKeysOf } from "../../../functions/shared/secret-keys";

export interface Usage {
  calls: number;
  /** Sequential round trips: how often the number of requests in flight rose from none. */
  waves: number;
  readUnits: number;
  writeUnits: number;
  /** Calls per operation name, e.g. { BatchGetCommand: 2, TransactWriteCommand: 1 }. */
  byCommand: Record<string, number>;
}

const READS = /Get|Query|Scan/;

const unitsOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((total, entry) => total + (entry.CapacityUnits ?? 0), 0);

/**
 * DynamoDB Local with a fresh table and a document client that counts what every request costs: calls,
 * sequential waves, and the read and write units DynamoDB reports (it is asked to report them on every call).
 */
export const startBenchTable = async () => {
  const dynamoDb = await startDynamoDbLocal();
  const documentClient = createDocumentClient(dynamoDb.endpoint);
  const tableName = `rebook-bench-${Date.now()}`;
  await createRebookTable(
    new DynamoDBClient({
      endpoint: dynamoDb.endpoint,
      region: "local",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
    tableName,
  );
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
  const ctx: TableContext = tableContext(
    documentClient,
    tableName,
    secretKeysOf("a-benchmark-application-secret-0123456789"),
  );
  return {
    ctx,
    usage,
    /** What the requests since `before` cost. */
    since: (before: Usage): Usage => ({
      calls: usage.calls - before.calls,
      waves: usage.waves - before.waves,
      readUnits: usage.readUnits - before.readUnits,
      writeUnits: usage.writeUnits - before.writeUnits,
      byCommand: Object.fromEntries(
        Object.entries(usage.byCommand).map(([name, count]) => [name, count - (before.byCommand[name] ?? 0)]),
      ),
    }),
    snapshot: (): Usage => ({ ...usage, byCommand: { ...usage.byCommand } }),
    stop: dynamoDb.stop,
  };
};
