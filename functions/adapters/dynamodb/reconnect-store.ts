import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  DEFAULT_RECONNECT_SETTINGS,
  type ReconnectMonthStats,
  type ReconnectSettings,
  type ReconnectStatsDelta,
} from "../../../domain/model/reconnect";
import type { CampaignStep, ReconnectStore } from "../../../domain/ports/reconnect-store";
import { chunksOf } from "./batch-write";
import { isConditionFailure } from "./conditional-failure";
import {
  allFollowUpShards,
  allWorkQueues,
  defaultIntervalList,
  keys,
  reconnectedPartition,
  workQueueOf,
} from "./keys";
import { queryAll, queryPage } from "./query-all";
import { reconnectStatsUpdate, rhythmItem, toRhythm } from "./reconnect-items";
import type { TableContext } from "./table-context";
import type { RebookIndexName } from "./table-schema";
import { versionedPut } from "./versioned-write";

const byReconnectStep: RebookIndexName = "byReconnectStep";
const FOLLOW_UP_PAGE_SIZE = 500;
/** Rhythms per transaction (of at most 100 items): the rest is room for their statistics items. */
const CAMPAIGNS_PER_TRANSACTION = 50;

/** Statistics changes of the same month and category, added into one. */
const addedUp = (deltas: readonly ReconnectStatsDelta[]): ReconnectStatsDelta[] => {
  const sums = new Map<string, ReconnectStatsDelta>();
  for (const delta of deltas) {
    const key = `${delta.studioId}#${delta.month}#${delta.categoryId}`;
    const sum = sums.get(key);
    sums.set(
      key,
      sum === undefined
        ? delta
        : {
            ...sum,
            contacted: sum.contacted + delta.contacted,
            followedUp: sum.followedUp + delta.followedUp,
            reconnected: sum.reconnected + delta.reconnected,
            revenue: sum.revenue + delta.revenue,
          },
    );
  }
  return [...sums.values()];
};

/**
 * ReConnect on Rebook's table. Campaign changes are versioned puts of the whole rhythm item — the same
 * item and index attributes the appointment store writes — in one transaction with the month's
 * statistics item, so the statistics move exactly when the state does.
 */
export const dynamoDbReconnectStore = (ctx: TableContext): ReconnectStore => {
  const { client, tableName } = ctx;

  /**
   * One transaction: the rhythms' versioned puts and their statistics, added up per month and category.
   * When a rhythm changed meanwhile the transaction is refused, and each rhythm is written on its own, one
   * after another (together they would contend for the same statistics item).
   */
  const saveTogether = async (steps: readonly CampaignStep[]): Promise<boolean[]> => {
    try {
      await client.send(
        new TransactWriteCommand({
          TransactItems: [
            ...steps.map((step) => versionedPut(tableName, rhythmItem(step.rhythm))),
            ...addedUp(steps.flatMap((step) => (step.stats === null ? [] : [step.stats]))).map((stats) =>
              reconnectStatsUpdate(tableName, stats),
            ),
          ],
        }),
      );
      return steps.map(() => true);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (steps.length === 1) return [false];
      const saved: boolean[] = [];
      for (const step of steps) saved.push(...(await saveTogether([step])));
      return saved;
    }
  };

  const saveCampaigns = async (steps: readonly CampaignStep[]): Promise<boolean[]> =>
    (await Promise.all(chunksOf(steps, CAMPAIGNS_PER_TRANSACTION).map(saveTogether))).flat();

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

    saveCampaign: async (rhythm, stats) => (await saveCampaigns([{ rhythm, stats }]))[0]!,

    saveCampaigns,

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

    async recordFirstSent(studioId, clientId, categoryId, at) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.rhythm(studioId, clientId, categoryId),
            // The version moves too, so a change that read the campaign before cannot write it back unsent.
            UpdateExpression: "SET reconnect.firstSentAt = :at ADD version :one",
            ConditionExpression:
              "attribute_exists(reconnect.firstQueuedAt) AND reconnect.firstSentAt = :unsent",
            ExpressionAttributeValues: { ":at": at, ":one": 1, ":unsent": null },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async *pendingWork(until) {
      for (const queue of allWorkQueues()) {
        const keysOf = await queryAll(ctx, {
          IndexName: "byMessageQueue",
          KeyConditionExpression: "queueOf = :queue AND queueAt <= :until",
          ExpressionAttributeValues: { ":queue": queue, ":until": until },
        });
        const items = await Promise.all(
          keysOf.map((key) => ctx.get({ pk: key.pk as string, sk: key.sk as string }, { consistent: true })),
        );
        const work = items
          .filter((item) => item !== undefined)
          .map((item) => ({
            studioId: item.studioId as string,
            firstSendCategories: [...((item.firstSendCategories as Set<string> | undefined) ?? [])],
            reevaluateCategories: [...((item.reevaluateCategories as Set<string> | undefined) ?? [])],
            version: item.version as number,
          }));
        if (work.length > 0) yield work;
      }
    },

    async requestReevaluation(studioId, categoryId, now) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.studioWork(studioId),
          UpdateExpression:
            "SET entity = :entity, studioId = :studio, queueOf = :queue, queueAt = if_not_exists(queueAt, :now) " +
            "ADD reevaluateCategories :category, version :one",
          ExpressionAttributeValues: {
            ":entity": "studio-work",
            ":studio": studioId,
            ":queue": workQueueOf(studioId),
            ":now": now,
            ":category": new Set([categoryId]),
            ":one": 1,
          },
        }),
      );
    },

    async completeWork(work) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.studioWork(work.studioId),
            ConditionExpression: "version = :read",
            ExpressionAttributeValues: { ":read": work.version },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async *restingOnDefaultInterval(studioId, categoryId) {
      let cursor: string | null = null;
      do {
        const page = await queryPage(
          ctx,
          {
            IndexName: "byList",
            KeyConditionExpression: "listOf = :list",
            ExpressionAttributeValues: { ":list": defaultIntervalList(studioId, categoryId) },
          },
          { limit: 100, cursor },
        );
        const rhythms = await Promise.all(
          page.items.map((key) =>
            ctx.get({ pk: key.pk as string, sk: key.sk as string }, { consistent: true }),
          ),
        );
        const found = rhythms.filter((item) => item !== undefined).map(toRhythm);
        if (found.length > 0) yield found;
        cursor = page.nextCursor;
      } while (cursor !== null);
    },
  };
};
