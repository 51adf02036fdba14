import type { ReconnectStatsDelta } from "../../../domain/model/reconnect";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { contactedAt } from "../../../domain/reconnect/reconnect-attribution";
import { listGroupOf } from "../../../domain/reconnect/reconnect-tabs";
import { scanTimeOf } from "../../../domain/rhythm/overdue-rule";
import { toEntity } from "./item-codec";
import {
  categoryListPartition,
  defaultIntervalList,
  dueShardOf,
  followUpShardOf,
  keys,
  reconnectedPartition,
  workQueueOf,
} from "./keys";
import type { TransactItem } from "./versioned-write";

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
    contactedAt(state) !== null &&
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

/**
 * A rhythm as stored: in the scan's index while it waits to be looked at, in one of its category's lists
 * while flagged or booked (by due time), and in `byReconnectStep` as its campaign says.
 */
export const rhythmItem = (rhythm: VisitRhythm) => {
  const scanAt = scanTimeOf(rhythm);
  const group = listGroupOf(rhythm);
  const { reviewAt, overdueSince, bookedSince, ...fields } = rhythm;
  return {
    ...keys.rhythm(rhythm.studioId, rhythm.clientId, rhythm.categoryId),
    entity: "rhythm",
    ...fields,
    // Times not set are left out rather than stored as null.
    ...(reviewAt === null ? {} : { reviewAt }),
    ...(overdueSince === null ? {} : { overdueSince }),
    ...(bookedSince === null ? {} : { bookedSince }),
    ...(scanAt === null
      ? {}
      : { dueShard: dueShardOf(rhythm.studioId, rhythm.clientId, rhythm.categoryId), scanAt }),
    ...(group === null
      ? {}
      : {
          overdueOf: categoryListPartition(rhythm.studioId, rhythm.categoryId, group),
          overdueKey: `${rhythm.dueAt}#${rhythm.clientId}`,
        }),
    ...(restsOnDefaultInterval(rhythm)
      ? { listOf: defaultIntervalList(rhythm.studioId, rhythm.categoryId), listAt: rhythm.clientId }
      : {}),
    ...reconnectIndexAttributes(rhythm),
  };
};

/** A rhythm whose due time comes from its category's default interval: re-derived when that changes. */
const restsOnDefaultInterval = (rhythm: VisitRhythm): boolean =>
  rhythm.typicalIntervalDays === null && Object.keys(rhythm.attendedVisits).length > 0;

/** Reads a stored rhythm back, filling what older items lack. */
export const toRhythm = (item: Record<string, unknown>): VisitRhythm => {
  const rhythm = toEntity<VisitRhythm>(item);
  return {
    ...rhythm,
    bookedServices: rhythm.bookedServices ?? {},
    reviewAt: rhythm.reviewAt ?? null,
    overdueSince: rhythm.overdueSince ?? null,
    bookedSince: rhythm.bookedSince ?? null,
    reconnect: rhythm.reconnect ?? null,
  };
};

/** Moves the category's overdue count by what the change did to the rhythm's standing; nothing if unchanged. */
export const overdueCountUpdate = (
  tableName: string,
  before: VisitRhythm,
  after: VisitRhythm,
): TransactItem[] => {
  const delta = Number(after.overdueSince !== null) - Number(before.overdueSince !== null);
  if (delta === 0) return [];
  return [
    {
      Update: {
        TableName: tableName,
        Key: keys.overdueCount(after.studioId, after.categoryId),
        UpdateExpression: "SET entity = :entity, categoryId = :category ADD overdue :delta",
        ExpressionAttributeValues: {
          ":entity": "overdue-count",
          ":category": after.categoryId,
          ":delta": delta,
        },
      },
    },
  ];
};

/** Puts a category on the studio's pending work: its newly overdue clients may get the automatic first message. */
export const pendingFirstSendUpdate = (
  tableName: string,
  rhythm: VisitRhythm,
  now: string,
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: keys.studioWork(rhythm.studioId),
    UpdateExpression:
      "SET entity = :entity, studioId = :studio, queueOf = :queue, queueAt = if_not_exists(queueAt, :now) " +
      "ADD firstSendCategories :category, version :one",
    ExpressionAttributeValues: {
      ":entity": "studio-work",
      ":studio": rhythm.studioId,
      ":queue": workQueueOf(rhythm.studioId),
      ":now": now,
      ":category": new Set([rhythm.categoryId]),
      ":one": 1,
    },
  },
});

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
