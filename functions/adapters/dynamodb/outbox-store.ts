import { PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Channel } from "../../../domain/messaging/consent";
import type { MessageStatus, OutboxMessage } from "../../../domain/outbox/outbox-message";
import type { MessageRef, Outbox } from "../../../domain/ports/outbox";
import { isConditionFailure } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { allReleaseShards, keys, messageStatusPartition, releaseShardOf } from "./keys";
import { queryPage } from "./query-all";
import type { TableContext } from "./table-context";

/** Items read from one shard per query of `due`: small pages keep a run's reads close to what it sends. */
const DUE_PAGE = 50;

const statusAttributes = (studioId: string, messageId: string, status: MessageStatus, at: string) => ({
  messagesOf: messageStatusPartition(studioId, status),
  statusKey: `${at}#${messageId}`,
});

/** A message is in the release index (releaseShard + releaseAt) exactly while it is queued or leased. */
export const outboxItem = (message: OutboxMessage) => {
  const { releaseAt, ...fields } = message;
  return {
    ...keys.outboxMessage(message.id),
    entity: "outbox-message",
    ...fields,
    ...statusAttributes(message.studioId, message.id, message.status, message.updatedAt),
    ...(releaseAt === null ? {} : { releaseAt, releaseShard: releaseShardOf(message.id) }),
  };
};

const toMessage = (item: Record<string, unknown>): OutboxMessage => ({
  ...toEntity<Omit<OutboxMessage, "releaseAt" | "leaseUntil">>(item),
  releaseAt: (item.releaseAt as string | undefined) ?? null,
  leaseUntil: (item.leaseUntil as string | undefined) ?? null,
});

export const dynamoDbOutbox = (ctx: TableContext): Outbox => {
  const { client, tableName } = ctx;
  const getMessage = async (messageId: string): Promise<OutboxMessage | null> => {
    const item = await ctx.get(keys.outboxMessage(messageId), { consistent: true });
    return item === undefined ? null : toMessage(item);
  };

  /** Sets the status with its by-status index attributes, plus `set`; `extra` is appended (REMOVE, ADD). */
  const transition = (
    message: MessageRef,
    status: MessageStatus,
    at: string,
    set: Record<string, unknown>,
    extra = "",
  ) => {
    const names = Object.keys(set);
    return {
      UpdateExpression:
        `SET #status = :status, updatedAt = :at, messagesOf = :messagesOf, statusKey = :statusKey${names
          .map((name) => `, ${name} = :${name}`)
          .join("")} ${extra}`.trim(),
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: <Record<string, unknown>>{
        ":status": status,
        ":at": at,
        ":messagesOf": messageStatusPartition(message.studioId, status),
        ":statusKey": `${at}#${message.id}`,
        ...Object.fromEntries(names.map((name) => [`:${name}`, set[name]])),
      },
    };
  };

  /** A write only the holder of the lease may make; false when the lease was lost. */
  const endLease = async (
    message: MessageRef,
    attemptId: string,
    update: ReturnType<typeof transition>,
  ): Promise<boolean> => {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.outboxMessage(message.id),
          ...update,
          ConditionExpression: "#status = :sending AND attemptId = :attempt",
          ExpressionAttributeValues: {
            ...update.ExpressionAttributeValues,
            ":sending": "sending",
            ":attempt": attemptId,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  return {
    async add(message) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: outboxItem(message),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
        return { message, created: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const stored = await getMessage(message.id);
        if (stored === null) throw error;
        return { message: stored, created: false };
      }
    },

    async get(studioId, messageId) {
      const message = await getMessage(messageId);
      return message !== null && message.studioId === studioId ? message : null;
    },

    async listByStatus(studioId, status, { limit, cursor }) {
      const page = await queryPage(
        ctx,
        {
          IndexName: "byMessageStatus",
          KeyConditionExpression: "messagesOf = :partition",
          ExpressionAttributeValues: { ":partition": messageStatusPartition(studioId, status) },
          ScanIndexForward: false,
        },
        { limit, cursor },
      );
      return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
    },

    async due(now, limit) {
      const taken: Record<Channel, number> = { email: 0, sms: 0 };
      const full = () => taken.email >= limit.email && taken.sms >= limit.sms;
      const picked: OutboxMessage[] = [];
      // Round robin over the shards, a page at a time, until both channels' budgets are spent.
      let open = allReleaseShards().map((shard) => ({
        shard,
        startKey: undefined as Record<string, unknown> | undefined,
      }));
      while (open.length > 0 && !full()) {
        const pages = await Promise.all(
          open.map(({ shard, startKey }) =>
            client.send(
              new QueryCommand({
                TableName: tableName,
                IndexName: "byReleaseTime",
                KeyConditionExpression: "releaseShard = :shard AND releaseAt <= :now",
                ExpressionAttributeValues: { ":shard": shard, ":now": now },
                Limit: DUE_PAGE,
                ExclusiveStartKey: startKey,
              }),
            ),
          ),
        );
        pages.forEach((page, index) => {
          for (const message of (page.Items ?? []).map(toMessage)) {
            if (taken[message.channel] < limit[message.channel]) {
              taken[message.channel]++;
              picked.push(message);
            }
          }
          open[index]!.startKey = page.LastEvaluatedKey;
        });
        open = open.filter(({ startKey }) => startKey !== undefined);
      }
      return picked.sort((a, b) => (a.releaseAt ?? "").localeCompare(b.releaseAt ?? ""));
    },

    async lease(message, attemptId, now, leaseUntil) {
      const update = transition(
        message,
        "sending",
        now,
        { attemptId, leaseUntil, releaseAt: leaseUntil },
        "ADD attempts :one",
      );
      try {
        const { Attributes } = await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.outboxMessage(message.id),
            ...update,
            ConditionExpression:
              "(#status = :queued AND releaseAt <= :now) OR (#status = :status AND leaseUntil <= :now)",
            ExpressionAttributeValues: {
              ...update.ExpressionAttributeValues,
              ":queued": "queued",
              ":now": now,
              ":one": 1,
            },
            ReturnValues: "ALL_NEW",
          }),
        );
        return Attributes === undefined ? null : toMessage(Attributes);
      } catch (error) {
        if (isConditionFailure(error)) return null;
        throw error;
      }
    },

    markSent: (message, attemptId, providerMessageId, at) =>
      endLease(
        message,
        attemptId,
        transition(
          message,
          "sent",
          at,
          { providerMessageId, sentAt: at, failureReason: null },
          "REMOVE releaseAt, releaseShard, leaseUntil",
        ),
      ),

    requeue: (message, attemptId, { releaseAt, reason, countsAsAttempt, at }) => {
      const update = transition(
        message,
        "queued",
        at,
        { releaseAt, failureReason: reason },
        "REMOVE leaseUntil ADD attempts :delta",
      );
      return endLease(message, attemptId, {
        ...update,
        ExpressionAttributeValues: {
          ...update.ExpressionAttributeValues,
          ":delta": countsAsAttempt ? 0 : -1,
        },
      });
    },

    markFailed: (message, attemptId, reason, at) =>
      endLease(
        message,
        attemptId,
        transition(
          message,
          "failed",
          at,
          { failureReason: reason },
          "REMOVE releaseAt, releaseShard, leaseUntil",
        ),
      ),
    markSkipped: (message, attemptId, reason, at) =>
      endLease(
        message,
        attemptId,
        transition(
          message,
          "skipped",
          at,
          { skipReason: reason },
          "REMOVE releaseAt, releaseShard, leaseUntil",
        ),
      ),
  };
};
