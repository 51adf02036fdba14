import type { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { ReconnectStatsDelta } from "../../../domain/model/reconnect";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { followUpShardOf, keys, reconnectedPartition } from "./keys";

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]["TransactItems"]
>[number];

/**
 * A rhythm's `byReconnectStep` attributes: in a follow-up shard, keyed by the follow-up's due time, while
 * it waits for one (contacted, no follow-up yet, not won back, not excluded); in its category's
 * reconnected partition, keyed by the reconnection time, once won back; in neither otherwise.
 */
export const reconnectIndexAttributes = (rhythm: VisitRhythm) => {
  const state = rhythm.reconnect;
  if (state == null) return {};
  if (state.reconnectedAt !== null) {
    return {
      reconnectOf: reconnectedPartition(rhythm.studioId, rhythm.categoryId),
      reconnectAt: state.reconnectedAt,
    };
  }
  const waiting =
    state.firstSentAt !== null &&
    state.followUpAt !== null &&
    state.followUpSentAt === null &&
    !state.excluded;
  return waiting
    ? {
        reconnectOf: followUpShardOf(rhythm.studioId, rhythm.clientId, rhythm.categoryId),
        reconnectAt: state.followUpAt,
      }
    : {};
};

/** Adds a statistics change to its month's item (created on first use); for a transaction. */
export const reconnectStatsUpdate = (tableName: string, delta: ReconnectStatsDelta): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: keys.reconnectStats(delta.studioId, delta.month, delta.categoryId),
    UpdateExpression:
      "SET entity = :entity, categoryId = :category, #month = :month " +
      "ADD contacted :contacted, followedUp :followedUp, reconnected :reconnected, revenue :revenue",
    ExpressionAttributeNames: { "#month": "month" },
    ExpressionAttributeValues: {
      ":entity": "reconnect-stats",
      ":category": delta.categoryId,
      ":month": delta.month,
      ":contacted": delta.contacted,
      ":followedUp": delta.followedUp,
      ":reconnected": delta.reconnected,
      ":revenue": delta.revenue,
    },
  },
});
