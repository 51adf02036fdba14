import { dynamoDbClientRepository } from "../adapters/dynamodb/client-repository";
import { dynamoDbConsentLedger } from "../adapters/dynamodb/consent-ledger";
import { observed } from "../shared/observability";
import { systemClock } from "../shared/system-clock";
import { tableContainer } from "../shared/table-container";
import { smsInboundConsumer } from "./consumers/sms-inbound-consumer";

const { ctx } = await tableContainer();

export const handler = observed(
  smsInboundConsumer({
    clients: dynamoDbClientRepository(ctx),
    consents: dynamoDbConsentLedger(ctx),
    clock: systemClock,
  }),
);
