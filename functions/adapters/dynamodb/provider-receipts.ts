import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ProviderReceipts } from "../../../domain/ports/message-providers";
import { isConditionFailure } from "./conditional-failure";
import { keys } from "./keys";
import type { TableContext } from "./table-context";

/** Receipts outlive any lease or retry by far; then TTL removes them. */
const KEEP_SECONDS = 30 * 24 * 3600;

/** Receipts from the providers' delivery events, read strongly consistent before a lease is retried. */
export const dynamoDbProviderReceipts = ({ client, tableName, get }: TableContext): ProviderReceipts => ({
  async wasAccepted(messageId) {
    const item = await get(keys.providerReceipt(messageId), { consistent: true });
    return item === undefined ? null : { providerMessageId: item.providerMessageId as string };
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
