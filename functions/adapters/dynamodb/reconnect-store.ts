import { PutCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  DEFAULT_RECONNECT_SETTINGS,
  type ReconnectMonthStats,
  type ReconnectSettings,
} from "../../../domain/model/reconnect";
import type { ReconnectStore } from "../../../domain/ports/reconnect-store";
import { rhythmItem, toRhythm } from "./appointment-store";
import { isConditionFailure } from "./conditional-failure";
import { allFollowUpShards, keys, reconnectedPartition } from "./keys";
import { queryAll, queryPage } from "./query-all";
import { reconnectStatsUpdate } from "./reconnect-items";
import type { TableContext } from "./table-context";
import type { RebookIndexName } from "./table-schema";
import { versionedPut } from "./versioned-write";

const byReconnectStep: RebookIndexName = "byReconnectStep";
const FOLLOW_UP_PAGE_SIZE = 500;

/**
 * ReConnect on Rebook's table. Campaign changes are versioned puts of the whole rhythm item — the same
 * item and index attributes the appointment store writes — in one transaction with the month's
 * statistics item, so the statistics move exactly when the state does.
 */
export const dynamoDbReconnectStore = (ctx: TableContext): ReconnectStore => {
  const { client, tableName } = ctx;
  return {
    async settings(studioId) {
      const item = await ctx.get(keys.reconnectSettings(studioId), { consistent: true });
      if (item === undefined) return { ...DEFAULT_RECONNECT_SETTINGS };
      return {
        followUpDelayDays: item.followUpDelayDays as number,
        channelPolicy: item.channelPolicy as ReconnectSettings["channelPolicy"],
        automaticFirstSend: item.automaticFirstSend as boolean,
        reconnectionWindowDays: item.reconnectionWindowDays as number,
      };
    },

    async saveSettings(studioId, settings) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.reconnectSettings(studioId), entity: "reconnect-settings", ...settings },
        }),
      );
    },

    async saveCampaign(rhythm, stats) {
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              versionedPut(tableName, rhythmItem(rhythm)),
              ...(stats === null ? [] : [reconnectStatsUpdate(tableName, stats)]),
            ],
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    followUpShards: allFollowUpShards(),

    async *dueFollowUps(shard, until) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: byReconnectStep,
            KeyConditionExpression: "reconnectOf = :shard AND reconnectAt <= :until",
            ExpressionAttributeValues: { ":shard": shard, ":until": until },
            Limit: FOLLOW_UP_PAGE_SIZE,
            ExclusiveStartKey: startKey,
          }),
        );
        const items = page.Items ?? [];
        if (items.length > 0) yield items.map(toRhythm);
        startKey = page.LastEvaluatedKey;
      } while (startKey !== undefined);
    },

    async reconnectedClients(studioId, categoryId, since, page) {
      const result = await queryPage(
        ctx,
        {
          IndexName: byReconnectStep,
          KeyConditionExpression: "reconnectOf = :category AND reconnectAt >= :since",
          ExpressionAttributeValues: {
            ":category": reconnectedPartition(studioId, categoryId),
            ":since": since,
          },
          ScanIndexForward: false,
        },
        page,
      );
      return { items: result.items.map(toRhythm), nextCursor: result.nextCursor };
    },

    async monthlyStats(studioId, months) {
      if (months.length === 0) return [];
      const sorted = [...months].sort();
      const items = await queryAll(ctx, {
        KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
        ExpressionAttributeValues: {
          ":pk": keys.studioPartition(studioId),
          ":from": keys.reconnectStatsMonthPrefix(sorted[0]!),
          ":to": `${keys.reconnectStatsMonthPrefix(sorted[sorted.length - 1]!)}\uffff`,
        },
      });
      return items
        .filter((item) => months.includes(item.month as string))
        .map(
          (item): ReconnectMonthStats => ({
            categoryId: item.categoryId as string,
            month: item.month as string,
            contacted: (item.contacted as number | undefined) ?? 0,
            followedUp: (item.followedUp as number | undefined) ?? 0,
            reconnected: (item.reconnected as number | undefined) ?? 0,
            revenue: (item.revenue as number | undefined) ?? 0,
          }),
        );
    },
  };
};
