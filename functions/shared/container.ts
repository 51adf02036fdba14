import { randomUUID } from "node:crypto";
import type { Dependencies } from "../../domain/ports/dependencies";
import { createDocumentClient } from "../adapters/dynamodb/document-client";
import { dynamoDbRepositories } from "../adapters/dynamodb/dynamodb-dependencies";
import { readEnvironment, unsubscribeSecretOf } from "./environment";
import { readSendRates } from "./messaging-environment";
import { outboxSendRequests } from "./outbox-send-requests";
import { systemClock } from "./system-clock";

let built: Dependencies | undefined;

/** The production wiring, built once per cold start. */
export const container = (): Dependencies => {
  if (built === undefined) {
    const environment = readEnvironment();
    const documentClient = createDocumentClient(environment.DYNAMODB_ENDPOINT);
    const base = {
      ...dynamoDbRepositories(documentClient, environment.TABLE_NAME),
      clock: systemClock,
      newId: randomUUID,
    };
    built = {
      ...base,
      sendRequests: outboxSendRequests(base, () => ({
        perMinute: readSendRates(),
        publicBaseUrl: environment.PUBLIC_BASE_URL,
        unsubscribeSecret: unsubscribeSecretOf(environment),
      })),
    };
  }
  return built;
};
