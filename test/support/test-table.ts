import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import { createRebookTable } from "../../functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "../../functions/adapters/dynamodb/document-client";

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
  return { endpoint, tableName, lowLevel, documentClient: createDocumentClient(endpoint) };
};
