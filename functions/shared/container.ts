import { randomUUID } from "node:crypto";
import type { Dependencies } from "../../domain/ports/dependencies";
import { createDocumentClient } from "../adapters/dynamodb/document-client";
import { dynamoDbRepositories } from "../adapters/dynamodb/dynamodb-dependencies";
import { readEnvironment } from "./environment";

let built: Dependencies | undefined;

/** The production wiring, built once per cold start. */
export const container = (): Dependencies => {
  if (built === undefined) {
    const environment = readEnvironment();
    built = {
      ...dynamoDbRepositories(createDocumentClient(environment.DYNAMODB_ENDPOINT), environment.TABLE_NAME),
      clock: () => new Date().toISOString(),
      newId: randomUUID,
    };
  }
  return built;
};
