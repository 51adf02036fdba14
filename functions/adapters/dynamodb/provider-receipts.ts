import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ProviderReceipts } from "../../../domain/ports/message-providers";
import { isConditionFailure } from "./conditional-failure";
import { keys } from "./keys";

/** Receipts outlive any lease or retry by far; then TTL removes them. */
const KEEP_SECONDS = 30 * 24 * 3600;

/** Receipts from the providers' delivery events, read strongly consistent before a lease is retried. */
export const dynamoDbProviderReceipts = (
  client: DynamoDBDocumentClient,
  tableName: string,
): ProviderReceipts => ({
  async wasAccepted(messageId) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.providerReceipt(messageId), ConsistentRead: true }),
    );
    return Item === undefined ? null : { providerMessageId: Item.providerMessageId as string };
  },

  async record(messageId, { providerMessageId }, at) {
    // Events may arrive more than once and in any order; the first receipt stays.
    await client
      .send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.providerReceipt(messageId),
            entity: "provider-receipt",
            providerMessageId,
            at,
            expiresAt: Math.floor(Date.parse(at) / 1000) + KEEP_SECONDS,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  },
});
