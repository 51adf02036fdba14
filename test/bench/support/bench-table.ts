import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createRebookTable } from "../../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../../functions/adapters/dynamodb/document-client";
import { type TableContext, tableContext } from "../../../functions/adapters/dynamodb/table-context";
import { startDynamoDbLocal } from "../../../functions/local/dynamodb-local";
import { secretKeysOf } from "../../../functions/shared/secret-keys";
import { countUsage } from "../../support/count-usage";

export type { Usage } from "../../support/count-usage";

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
  const counter = countUsage(documentClient);
  const ctx: TableContext = tableContext(
    documentClient,
    tableName,
    secretKeysOf("a-benchmark-application-secret-0123456789"),
  );
  return { ctx, ...counter, stop: dynamoDb.stop };
};
