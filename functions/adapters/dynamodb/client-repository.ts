import { notFound } from "../../../domain/errors";
import type { Client } from "../../../domain/model/client";
import type { ClientRepository, ClientSearchField } from "../../../domain/ports/client-repository";
import { toEntity } from "./item-codec";
import { clientIndexAttributes, keys, searchableName } from "./keys";
import { queryPage } from "./query-all";
import type { TableContext } from "./table-context";
import type { RebookIndexName } from "./table-schema";
import { concurrentUpdate, putVersioned } from "./versioned-write";

const searchIndex: Record<
  ClientSearchField,
  { index: RebookIndexName; sortKey: string; normalise: (prefix: string) => string }
> = {
  name: { index: "byClientName", sortKey: "nameKey", normalise: searchableName },
  phone: { index: "byClientPhone", sortKey: "phoneKey", normalise: (prefix) => prefix },
  email: { index: "byClientEmail", sortKey: "emailKey", normalise: (prefix) => prefix.toLowerCase() },
};

const toItem = (client: Client) => ({
  ...keys.clientProfile(client.studioId, client.id),
  ...clientIndexAttributes(client),
  entity: "client",
  ...client,
});

export const dynamoDbClientRepository = (ctx: TableContext): ClientRepository => ({
  async get(studioId, clientId) {
    const item = await ctx.get(keys.clientProfile(studioId, clientId));
    return item === undefined ? null : toEntity<Client>(item);
  },

  async save(profile) {
    await putVersioned(ctx.client, ctx.tableName, toItem(profile), {
      notFound: () => notFound("CLIENT.NOT_FOUND", profile.id),
      conflict: concurrentUpdate(`client ${profile.id}`),
    });
  },

  async search(studioId, { field, prefix, limit, cursor }) {
    const { index, sortKey, normalise } = searchIndex[field];
    const normalisedPrefix = normalise(prefix);
    const page = await queryPage(
      ctx,
      {
        IndexName: index,
        KeyConditionExpression:
          normalisedPrefix === ""
            ? "clientOf = :studio"
            : `clientOf = :studio AND begins_with(${sortKey}, :prefix)`,
        ExpressionAttributeValues: {
          ":studio": keys.studioPartition(studioId),
          ...(normalisedPrefix === "" ? {} : { ":prefix": normalisedPrefix }),
        },
      },
      { limit, cursor },
    );
    return { items: page.items.map((item) => toEntity<Client>(item)), nextCursor: page.nextCursor };
  },
});
