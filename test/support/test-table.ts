import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import { createRebookTable } from "../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../functions/adapters/dynamodb/document-client";
import { tableContext } from "../../functions/adapters/dynamodb/table-context";
import { secretKeysOf } from "../../functions/shared/secret-keys";

/** The keys every test derives from one fixed secret, as a function derives them from the real one. */
export const TEST_SECRETS = secretKeysOf("a-test-application-secret-0123456789abcdef");

/** A fresh table in the run's DynamoDB Local, created from the same schema the CDK construct uses. */
export const createTestTable = async () => {
  const endpoint = inject("dynamoDbEndpoint");
  const tableName = `rebook-test-${randomUUID()}`;
  const lowLevel = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createRebookTable(lowLevel, tableName);
  const documentClient = createDocumentClient(endpoint);
  return {
    endpoint,
    tableName,
    lowLevel,
    documentClient,
    ctx: tableContext(documentClient, tableName, TEST_SECRETS),
  };
};
