import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";
import { startLocalSes } from "../../functions/local/ses-emulator";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
    sesEndpoint: string;
  }
}

/** One DynamoDB Local and one SES emulator for the whole run; each test file creates its own table. */
export default async function setup(project: TestProject) {
  const [dynamoDb, ses] = await Promise.all([startDynamoDbLocal(), startLocalSes()]);
  project.provide("dynamoDbEndpoint", dynamoDb.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  return async () => {
    await Promise.all([dynamoDb.stop(), ses.stop()]);
  };
}
