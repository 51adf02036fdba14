import { randomUUID } from "node:crypto";
import { dynamoDbClientRepository } from "../adapters/dynamodb/client-repository";
import { dynamoDbConsentLedger } from "../adapters/dynamodb/consent-ledger";
import { observed } from "../shared/observability";
import { systemClock } from "../shared/system-clock";
import { tableContainer } from "../shared/table-container";
import { sesFeedbackConsumer } from "./consumers/ses-feedback-consumer";

const { ctx } = await tableContainer();

export const handler = observed(
  sesFeedbackConsumer({
    clients: dynamoDbClientRepository(ctx),
    consents: dynamoDbConsentLedger(ctx),
    clock: systemClock,
    newId: randomUUID,
  }),
);
