import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import type { BodyMeasurements, Client } from "../../../domain/model/client";
import type { Channel } from "../../../domain/model/consent";
import type { ClientRepository } from "../../../domain/ports/client-repository";
import { matchesAllWords, searchPrefixOf, searchTermsOf } from "./client-search-terms";
import { toEntity } from "./item-codec";
import { birthdayIndexAttributes, contactIndexAttributes, keys } from "./keys";
import { queryAll, queryPrefixPage } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, type TransactItem, versionedPut } from "./versioned-write";

const CHANNELS: readonly Channel[] = ["email", "sms"];

export const clientItem = (client: Client) => ({
  ...keys.clientProfile(client.studioId, client.id),
  entity: "client",
  // An erased card has no birthday, so it leaves the birthday index with its data.
  ...(client.birthday === null ? {} : birthdayIndexAttributes(client.studioId, client.id, client.birthday)),
  ...client,
});

const addressOf = (client: Client | null, channel: Channel): string | null =>
  client === null ? null : channel === "email" ? (client.email?.toLowerCase() ?? null) : client.phone;

/** The claim changes of a save: leave an address no longer held, take one newly held. */
const claimChanges = (ctx: TableContext, client: Client, previous: Client | null, allowDuplicate: boolean) =>
  CHANNELS.flatMap((channel) => {
    const before = addressOf(previous, channel);
    const after = addressOf(client, channel);
    if (before === after) return [];
    const changes: { channel: Channel; item: TransactItem; guarded: boolean }[] = [];
    if (before !== null) {
      changes.push({
        channel,
        guarded: false,
        item: {
          Update: {
            TableName: ctx.tableName,
            Key: keys.contact(client.studioId, channel, ctx.addressHash(channel, before)),
            UpdateExpression: "DELETE clientIds :client",
            ExpressionAttributeValues: { ":client": new Set([client.id]) },
          },
        },
      });
    }
    if (after !== null) {
      const hash = ctx.addressHash(channel, after);
      const index = contactIndexAttributes(client.studioId, channel, hash);
      changes.push({
        channel,
        guarded: !allowDuplicate,
        item: {
          Update: {
            TableName: ctx.tableName,
            Key: keys.contact(client.studioId, channel, hash),
            UpdateExpression: "SET entity = :entity, contactOf = :of, contactIn = :in ADD clientIds :client",
            ExpressionAttributeValues: {
              ":entity": "contact",
              ":of": index.contactOf,
              ":in": index.contactIn,
              ":client": new Set([client.id]),
            },
            ...(allowDuplicate ? {} : { ConditionExpression: "attribute_not_exists(clientIds)" }),
          },
        },
      });
    }
    return changes;
  });

const termChanges = (tableName: string, client: Client, previous: Client | null): TransactItem[] => {
  const before = new Set(previous === null ? [] : searchTermsOf(previous));
  const after = new Set(searchTermsOf(client));
  return [
    ...[...before]
      .filter((term) => !after.has(term))
      .map((term) => ({
        Delete: { TableName: tableName, Key: keys.searchTerm(client.studioId, term, client.id) },
      })),
    ...[...after]
      .filter((term) => !before.has(term))
      .map((term) => ({
        Put: {
          TableName: tableName,
          Item: {
            ...keys.searchTerm(client.studioId, term, client.id),
            entity: "search-term",
            clientId: client.id,
          },
        },
      })),
  ];
};

/**
 * A card's save as transaction items: the versioned profile, its contact claims' changes (a newly held
 * address taken only if free, unless duplicates are allowed) and its search terms' changes. `claims` are in
 * the items' order right after the profile, for reading a cancelled transaction's reasons.
 */
export const clientWrite = (
  ctx: TableContext,
  client: Client,
  previous: Client | null,
  allowDuplicate: boolean,
) => {
  const claims = claimChanges(ctx, client, previous, allowDuplicate);
  return {
    claims,
    items: [
      versionedPut(ctx.tableName, clientItem(client)),
      ...claims.map((claim) => claim.item),
      ...termChanges(ctx.tableName, client, previous),
    ],
  };
};

/**
 * Client cards with what finds them: search terms in the studio's search partition, and per phone number
 * and email address a claim item listing the cards that hold it (unique unless staff allow a duplicate),
 * findable across studios by the address's keyed hash. All of it is written in one transaction with the card.
 */
export const dynamoDbClientRepository = (ctx: TableContext): ClientRepository => {
  const { client: dynamoDb } = ctx;
  const get = async (studioId: string, clientId: string) => {
    const item = await ctx.get(keys.clientProfile(studioId, clientId));
    return item === undefined ? null : toEntity<Client>(item);
  };

  const holdersInStudio = async (studioId: string, channel: Channel, address: string) => {
    const item = await ctx.get(keys.contact(studioId, channel, ctx.addressHash(channel, address)), {
      consistent: true,
    });
    return [...((item?.clientIds as Set<string> | undefined) ?? [])].sort();
  };

  /** The refusal of a save whose transaction was cancelled: which of its conditions failed. */
  const refusal = async (
    client: Client,
    claims: { channel: Channel; guarded: boolean }[],
    error: TransactionCanceledException,
  ): Promise<RebookError> => {
    const reasons = error.CancellationReasons ?? [];
    const failed = (index: number) => reasons[index]?.Code === "ConditionalCheckFailed";
    const taken = claims.find((claim, index) => claim.guarded && failed(index + 1));
    if (failed(0) || taken === undefined) {
      return new RebookError("CONCURRENT_UPDATE", `client ${client.id} was changed meanwhile; try again`);
    }
    const field = taken.channel === "email" ? "email" : "phone";
    const [holder = "another client"] = await holdersInStudio(
      client.studioId,
      taken.channel,
      addressOf(client, taken.channel)!,
    );
    return new RebookError("CLIENT.DUPLICATE", `the ${field} belongs to client ${holder}`, {
      issues: [{ field, message: `belongs to client ${holder}; send allowDuplicate: true to keep both` }],
      details: { clientId: holder },
    });
  };

  return {
    get,

    async save(client, { previous, allowDuplicate }) {
      const { claims, items } = clientWrite(ctx, client, previous, allowDuplicate);
      try {
        await dynamoDb.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const domainError = await refusal(client, claims, error);
        throw new RebookError(domainError.code, domainError.message, {
          issues: domainError.issues,
          details: domainError.details,
          cause: error,
        });
      }
    },

    async measurements(studioId, clientId) {
      const item = await ctx.get(keys.bodyMeasurements(studioId, clientId));
      return item === undefined ? null : toEntity<BodyMeasurements>(item);
    },

    async saveMeasurements(measurements) {
      await putVersioned(
        ctx.client,
        ctx.tableName,
        { ...keys.bodyMeasurements(measurements.studioId, measurements.clientId), ...measurements },
        {
          notFound: concurrentUpdate(`measurements of client ${measurements.clientId}`),
          conflict: concurrentUpdate(`measurements of client ${measurements.clientId}`),
        },
      );
    },

    async removeMeasurements(studioId, clientId) {
      await ctx.client.send(
        new DeleteCommand({ TableName: ctx.tableName, Key: keys.bodyMeasurements(studioId, clientId) }),
      );
    },

    async search(studioId, { field, prefix, limit, cursor }) {
      const page = await queryPrefixPage(ctx, keys.searchPartition(studioId), searchPrefixOf(field, prefix), {
        limit,
        cursor,
      });
      const ids = [...new Set(page.items.map((item) => item.clientId as string))];
      const found = await Promise.all(ids.map((clientId) => get(studioId, clientId)));
      const items = found.filter(
        (client): client is Client =>
          client !== null && (field !== "name" || matchesAllWords(client, prefix)),
      );
      return { items, nextCursor: page.nextCursor };
    },

    holdersInStudio,

    async holders(channel, address) {
      const items = await queryAll(ctx, {
        IndexName: "byContact",
        KeyConditionExpression: "contactOf = :address",
        ExpressionAttributeValues: { ":address": `${channel}#${ctx.addressHash(channel, address)}` },
      });
      return items.flatMap((item) =>
        [...((item.clientIds as Set<string> | undefined) ?? [])].map((clientId) => ({
          studioId: item.contactIn as string,
          clientId,
        })),
      );
    },
  };
};
