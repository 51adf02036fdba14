import type { SNSEvent } from "aws-lambda";
import { receiptOf } from "../adapters/delivery-event-receipt";
import { dynamoDbProviderReceipts } from "../adapters/dynamodb/provider-receipts";
import { logger, observed } from "../shared/observability";
import { tableContainer } from "../shared/table-container";

const receipts = dynamoDbProviderReceipts((await tableContainer()).ctx);

/**
 * SES and SMS delivery events (via the "delivery-events" SNS topic) become receipts, which the sender reads
 * before retrying a lease. An event naming no outbox message is dropped with a log; write failures propagate.
 */
export const handler = observed(async (event: SNSEvent): Promise<void> => {
  for (const record of event.Records) {
    const receipt = receiptOf(JSON.parse(record.Sns.Message));
    if (receipt === null) {
      logger.warn("dropped a delivery event without an outbox message id", {
        snsMessageId: record.Sns.MessageId,
      });
      continue;
    }
    await receipts.record(receipt.messageId, { providerMessageId: receipt.providerMessageId }, receipt.at);
  }
});
