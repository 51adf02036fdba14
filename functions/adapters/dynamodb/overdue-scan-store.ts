import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { OverdueScanStore } from "../../../domain/ports/overdue-scan-store";
import { isConditionFailure } from "./conditional-failure";
import { allDueShards, categoryListPartition, keys } from "./keys";
import { queryPage } from "./query-all";
import { overdueCountUpdate, pendingFirstSendUpdate, rhythmItem, toRhythm } from "./reconnect-items";
import type { TableContext } from "./table-context";
import type { RebookIndexName } from "./table-schema";
import { versionedPut } from "./versioned-write";

/** What one request cost: items it read and the capacity DynamoDB charged for it. */
export interface StoreUsage {
  operation: "dueQuery" | "flag" | "count" | "list";
  itemsRead: number;
  capacityUnits: number;
}

export interface OverdueScanStoreOptions {
  /** Called after every request with its cost; the benchmark adds these up. */
  onUsage?: (usage: StoreUsage) => void;
}

const byDueTime: RebookIndexName = "byDueTime";
const byOverdueCategory: RebookIndexName = "byOverdueCategory";

/**
 * Rhythms per due-index page. About DynamoDB's 1 MB page anyway; an explicit limit also keeps DynamoDB
 * Local linear, which otherwise reads the whole rest of the key range for every page.
 */
const DUE_PAGE_SIZE = 1000;

const capacityOf = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  [consumed ?? []].flat().reduce((total, entry) => total + (entry.CapacityUnits ?? 0), 0);

/**
 * The overdue scan and the category lists on Rebook's table. Due rhythms are read from the sparse, sharded
 * `byDueTime` index with a key condition on the scan time, so a run reads what has come due and nothing
 * else. A new standing is a versioned put of the whole rhythm item (the same attributes the appointment store
 * writes), with the category's overdue count and, when newly overdue, the studio's pending work, in one
 * transaction; counts are one read of a counter, never a COUNT query.
 */
export const dynamoDbOverdueScanStore = (
  ctx: TableContext,
  options: OverdueScanStoreOptions = {},
): OverdueScanStore => {
  const { client, tableName } = ctx;
  const report = (
    operation: StoreUsage["operation"],
    itemsRead: number,
    consumed?: ConsumedCapacity | ConsumedCapacity[],
  ) => options.onUsage?.({ operation, itemsRead, capacityUnits: capacityOf(consumed) });

  return {
    shards: allDueShards(),

    async *dueRhythms(shard, until) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: byDueTime,
            KeyConditionExpression: "dueShard = :shard AND scanAt <= :until",
            ExpressionAttributeValues: { ":shard": shard, ":until": until },
            Limit: DUE_PAGE_SIZE,
            ExclusiveStartKey: startKey,
            ReturnConsumedCapacity: "TOTAL",
          }),
        );
        report("dueQuery", page.ScannedCount ?? 0, page.ConsumedCapacity);
        const items = page.Items ?? [];
        if (items.length > 0) yield items.map(toRhythm);
        startKey = page.LastEvaluatedKey;
      } while (startKey !== undefined);
    },

    async saveStanding(before, after) {
      const newlyOverdue = before.overdueSince === null && after.overdueSince !== null;
      try {
        const result = await client.send(
          new TransactWriteCommand({
            TransactItems: [
              versionedPut(tableName, rhythmItem(after)),
              ...overdueCountUpdate(tableName, before, after),
              ...(newlyOverdue ? [pendingFirstSendUpdate(tableName, after, after.overdueSince!)] : []),
            ],
            ReturnConsumedCapacity: "TOTAL",
          }),
        );
        report("flag", 0, result.ConsumedCapacity);
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async overdueCounts(studioId, categoryIds) {
      const counts = await Promise.all(
        categoryIds.map(async (categoryId) => {
          const item = await ctx.get(keys.overdueCount(studioId, categoryId));
          return Math.max(0, (item?.overdue as number | undefined) ?? 0);
        }),
      );
      report("count", categoryIds.length);
      return Object.fromEntries(categoryIds.map((categoryId, index) => [categoryId, counts[index]!]));
    },

    async listed(studioId, categoryId, group, page) {
      const result = await queryPage(
        ctx,
        {
          IndexName: byOverdueCategory,
          KeyConditionExpression: "overdueOf = :list",
          ExpressionAttributeValues: { ":list": categoryListPartition(studioId, categoryId, group) },
        },
        page,
      );
      report("list", result.items.length);
      return { items: result.items.map(toRhythm), nextCursor: result.nextCursor };
    },
  };
};
