import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** One document client per process; `endpoint` points at DynamoDB Local outside the cloud. */
export const createDocumentClient = (endpoint?: string): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient(
      endpoint === undefined
        ? {}
        : { endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } },
    ),
    { marshallOptions: { removeUndefinedValues: true } },
  );
