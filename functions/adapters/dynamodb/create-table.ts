import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { type IndexDefinition, rebookTable } from "./table-schema";

const projectionOf = ({ projection }: IndexDefinition) =>
  projection === "all"
    ? { ProjectionType: "ALL" as const }
    : projection === "keys"
      ? { ProjectionType: "KEYS_ONLY" as const }
      : { ProjectionType: "INCLUDE" as const, NonKeyAttributes: [...projection] };

/** Creates Rebook's table from the same schema the CDK construct uses (DynamoDB Local, tests). */
export const createRebookTable = async (
  client: DynamoDBClient,
  tableName: string,
): Promise<"created" | "existed"> => {
  const keyAttributes = new Set<string>([
    rebookTable.partitionKey,
    rebookTable.sortKey,
    ...rebookTable.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: rebookTable.partitionKey, KeyType: "HASH" },
          { AttributeName: rebookTable.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: rebookTable.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: projectionOf(index),
        })),
      }),
    );
  } catch (error) {
    if (error instanceof ResourceInUseException) return "existed";
    throw error;
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: rebookTable.timeToLiveAttribute, Enabled: true },
    }),
  );
  return "created";
};
