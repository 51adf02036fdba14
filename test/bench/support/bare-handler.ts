import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";

/** The baseline of `bench:bundles`: a handler that does nothing but read one item through the SDK. */
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { pk: string; sk: string }) =>
  (await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: event }))).Item ?? null;
