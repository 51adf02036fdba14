import { PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import type { ConsentEntry } from "../../../domain/messaging/consent";
import type { ConsentLedger } from "../../../domain/ports/consent-ledger";
import { putAll } from "./batch-write";
import { clientItem } from "./client-repository";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";
import { versionedPut } from "./versioned-write";

export const consentEntryItem = (entry: ConsentEntry) => ({
  ...keys.consentEntry(entry.studioId, entry.clientId, entry.at, entry.id),
  entity: "consent",
  ...entry,
});

/**
 * The ledger lives in the client's partition (`CONSENT#<at>#<id>`), so a card reads it with one query; each
 * entry is written with the card's consent summary in one versioned transaction. Suppressed addresses are
 * global items keyed by the address's keyed hash.
 */
export const dynamoDbConsentLedger = (ctx: TableContext): ConsentLedger => {
  const { client, tableName } = ctx;
  const entries = async (studioId: string, clientId: string): Promise<ConsentEntry[]> =>
    (
      await queryPrefix(ctx, keys.clientPartition(studioId, clientId), keys.consentPrefix, {
        consistent: true,
      })
    ).map((item) => toEntity<ConsentEntry>(item));

  return {
    entries,

    async append(entry, card) {
      await withConditionAs(
        () =>
          client.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: tableName,
                    Item: consentEntryItem(entry),
                    ConditionExpression: "attribute_not_exists(pk)",
                  },
                },
                versionedPut(tableName, clientItem(card)),
              ],
            }),
          ),
        () => new RebookError("CONCURRENT_UPDATE", `client ${card.id} was changed meanwhile; try again`),
      );
    },

    async eraseEvidence(studioId, clientId) {
      await putAll(
        ctx,
        (await entries(studioId, clientId))
          .filter((entry) => entry.evidence.ipAddress !== null || entry.evidence.userAgent !== null)
          .map((entry) =>
            consentEntryItem({ ...entry, evidence: { ...entry.evidence, ipAddress: null, userAgent: null } }),
          ),
      );
    },

    async isSuppressed(channel, address) {
      return (await ctx.get(keys.suppression(channel, ctx.addressHash(channel, address)))) !== undefined;
    },

    async suppress(channel, address, reason, at) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.suppression(channel, ctx.addressHash(channel, address)),
            entity: "suppression",
            channel,
            reason,
            at,
          },
        }),
      );
    },
  };
};
