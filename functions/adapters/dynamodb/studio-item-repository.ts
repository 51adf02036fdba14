import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { type ErrorCode, notFound } from "../../../domain/errors";
import type { StudioItemRepository } from "../../../domain/ports/studio-item-repository";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys, type StudioItemKind } from "./keys";
import { queryPrefixPage } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, type StoredItem } from "./versioned-write";

/** A catalog item or project as stored, in the studio's partition. */
export const studioItemRecord = <T extends { id: string; studioId: string; version: number }>(
  kind: StudioItemKind,
  item: T,
): StoredItem => ({ ...keys.studioItem(kind, item.studioId, item.id), entity: kind.toLowerCase(), ...item });

/**
 * Categories, services, staff and projects: small collections in the studio's partition. `indexAttributes`
 * adds what files an item in an index besides its partition (e.g. a project in its client's list).
 */
export const dynamoDbStudioItemRepository = <T extends { id: string; studioId: string; version: number }>(
  ctx: TableContext,
  kind: StudioItemKind,
  notFoundCode: Extract<ErrorCode, `${string}.NOT_FOUND`>,
  indexAttributes: (item: T) => Record<string, string> = () => ({}),
): StudioItemRepository<T> => ({
  async get(studioId, id) {
    const item = await ctx.get(keys.studioItem(kind, studioId, id));
    return item === undefined ? null : toEntity<T>(item);
  },

  async list(studioId, page) {
    const result = await queryPrefixPage(
      ctx,
      keys.studioPartition(studioId),
      keys.studioItemPrefix(kind),
      page,
    );
    return { items: result.items.map((item) => toEntity<T>(item)), nextCursor: result.nextCursor };
  },

  async save(item) {
    await putVersioned(
      ctx.client,
      ctx.tableName,
      { ...studioItemRecord(kind, item), ...indexAttributes(item) },
      {
        notFound: () => notFound(notFoundCode, item.id),
        conflict: concurrentUpdate(`${kind.toLowerCase()} ${item.id}`),
      },
    );
  },

  async remove(studioId, id) {
    await withConditionAs(
      () =>
        ctx.client.send(
          new DeleteCommand({
            TableName: ctx.tableName,
            Key: keys.studioItem(kind, studioId, id),
            ConditionExpression: "attribute_exists(pk)",
          }),
        ),
      () => notFound(notFoundCode, id),
    );
  },
});
