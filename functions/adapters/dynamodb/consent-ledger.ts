import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import type { ConsentEntry } from "../../../domain/messaging/consent";
import type { ConsentLedger } from "../../../domain/ports/consent-ledger";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";

const toItem = (entry: ConsentEntry) => ({
  ...keys.consentEntry(entry.studioId, entry.clientId, entry.at, entry.id),
  entity: "consent",
  ...entry,
});

/**
 * The ledger lives in the client's partition (`CONSENT#<at>#<id>`), so a card reads it with one query;
 * suppressed addresses are global items, one per channel and address.
 */
export const dynamoDbConsentLedger = (ctx: TableContext): ConsentLedger => {
  const { client, tableName } = ctx;
  const entries = async (studioId: string, clientId: string): Promise<ConsentEntry[]> =>
    (
      await queryPrefix(ctx, keys.clientPartition(studioId, clientId), keys.consentPrefix, {
        consistent: true,
      })
    ).map((item) => toEntity<ConsentEntry>(item));

  const put = (entry: ConsentEntry, condition: string) =>
    withConditionAs(
      () =>
        client.send(
          new PutCommand({ TableName: tableName, Item: toItem(entry), ConditionExpression: condition }),
        ),
      () => new RebookError("CONCURRENT_UPDATE", `consent entry ${entry.id} exists already`),
    );

  return {
    entries,

    async append(entry) {
      await put(entry, "attribute_not_exists(pk)");
    },

    async eraseEvidence(studioId, clientId) {
      for (const entry of await entries(studioId, clientId)) {
        if (entry.evidence.ipAddress === null && entry.evidence.userAgent === null) continue;
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: toItem({ ...entry, evidence: { ...entry.evidence, ipAddress: null, userAgent: null } }),
          }),
        );
      }
    },

    async isSuppressed(channel, address) {
      return (await ctx.get(keys.suppression(channel, address))) !== undefined;
    },

    async suppress(channel, address, reason, at) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.suppression(channel, address),
            entity: "suppression",
            channel,
            address,
            reason,
            at,
          },
        }),
      );
    },
  };
};
