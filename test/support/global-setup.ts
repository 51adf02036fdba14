import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

/** One DynamoDB Local for the whole run; each test file creates its own table in it. */
export default async function setup(project: TestProject) {
  const dynamoDb = await startDynamoDbLocal();
  project.provide("dynamoDbEndpoint", dynamoDb.endpoint);
  return () => dynamoDb.stop();
}
