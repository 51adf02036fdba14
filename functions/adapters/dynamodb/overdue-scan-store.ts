import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { OverdueScanStore } from "../../../domain/ports/overdue-scan-store";
import { toRhythm } from "./appointment-store";
import { isConditionFailure } from "./conditional-failure";
import { allDueShards, keys, overdueCategoryPartition } from "./keys";
import { queryPage } from "./query-all";
import type { TableContext } from "./table-context";
import type { RebookIndexName } from "./table-schema";

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

const capacityOf = (consumed: ConsumedCapacity | undefined): number => consumed?.CapacityUnits ?? 0;

/**
 * The overdue scan on Rebook's table. Due rhythms are read from the sparse, sharded `byDueTime` index
 * with a key condition on the review time, so a run reads what is due and nothing else. Flagging moves a
 * rhythm from that index to `byOverdueCategory` in one conditional update — the same attributes the
 * appointment store writes for a flagged rhythm — and counts are key-only COUNT queries on the latter,
 * so they cannot drift from the list: a booking that clears the flag also takes the item out of the count.
 */
export const dynamoDbOverdueScanStore = (
  ctx: TableContext,
  options: OverdueScanStoreOptions = {},
): OverdueScanStore => {
  const { client, tableName } = ctx;
  const report = (operation: StoreUsage["operation"], itemsRead: number, consumed?: ConsumedCapacity) =>
    options.onUsage?.({ operation, itemsRead, capacityUnits: capacityOf(consumed) });

  const countCategory = async (studioId: string, categoryId: string): Promise<number> => {
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: byOverdueCategory,
          KeyConditionExpression: "overdueOf = :category",
          ExpressionAttributeValues: { ":category": overdueCategoryPartition(studioId, categoryId) },
          Select: "COUNT",
          ExclusiveStartKey: startKey,
          ReturnConsumedCapacity: "TOTAL",
        }),
      );
      report("count", page.ScannedCount ?? 0, page.ConsumedCapacity);
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return count;
  };

  return {
    shards: allDueShards(),

    async *dueRhythms(shard, until) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: byDueTime,
            KeyConditionExpression: "dueShard = :shard AND reviewAt <= :until",
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

    async flagOverdue(rhythm, now) {
      try {
        const result = await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.rhythm(rhythm.studioId, rhythm.clientId, rhythm.categoryId),
            UpdateExpression:
              "SET overdueSince = :now, overdueOf = :category, version = version + :one REMOVE dueShard",
            ConditionExpression: "version = :read",
            ExpressionAttributeValues: {
              ":now": now,
              ":category": overdueCategoryPartition(rhythm.studioId, rhythm.categoryId),
              ":one": 1,
              ":read": rhythm.version,
            },
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
      const counts = await Promise.all(categoryIds.map((categoryId) => countCategory(studioId, categoryId)));
      return Object.fromEntries(categoryIds.map((categoryId, index) => [categoryId, counts[index]!]));
    },

    async overdueClients(studioId, categoryId, page) {
      const result = await queryPage(
        ctx,
        {
          IndexName: byOverdueCategory,
          KeyConditionExpression: "overdueOf = :category",
          ExpressionAttributeValues: { ":category": overdueCategoryPartition(studioId, categoryId) },
        },
        page,
      );
      report("list", result.items.length);
      return { items: result.items.map(toRhythm), nextCursor: result.nextCursor };
    },
  };
};
