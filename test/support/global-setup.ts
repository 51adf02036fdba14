import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../functions/local/dynamodb-local";
import { startLocalS3 } from "../../functions/local/s3-local";
import { startLocalSes } from "../../functions/local/ses-emulator";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
    sesEndpoint: string;
    s3Endpoint: string;
  }
}

/**
 * One DynamoDB Local, one SES emulator and one local S3 server for the whole run; each test file creates its
 * own table and bucket.
 */
export default async function setup(project: TestProject) {
  const [dynamoDb, ses, s3] = await Promise.all([startDynamoDbLocal(), startLocalSes(), startLocalS3()]);
  project.provide("dynamoDbEndpoint", dynamoDb.endpoint);
  project.provide("sesEndpoint", ses.endpoint);
  project.provide("s3Endpoint", s3.endpoint);
  return async () => {
    await Promise.all([dynamoDb.stop(), ses.stop(), s3.stop()]);
  };
}
