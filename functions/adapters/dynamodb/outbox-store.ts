import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { emptyMarketingCap, type MarketingCap } from "../../../domain/model/marketing-cap";
import {
  clientOfMessage,
  type MessageRef,
  type MessageStatus,
  type OutboxMessage,
} from "../../../domain/model/outbox-message";
import { forEachBounded } from "../../../domain/outbox/bounded-concurrency";
import type {
  EndedMessage,
  Outbox,
  RecipientWrite,
  RecipientWriteResult,
} from "../../../domain/ports/outbox";
import { isConditionFailure } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys, problemQueueOf, releaseQueueOf, releaseQueues, studioMessagesList } from "./keys";
import { queryAll, queryPage } from "./query-all";
import type { TableContext } from "./table-context";
import { type TransactItem, versionedPut } from "./versioned-write";

/** Keys read from one release queue per page: small pages keep a run's reads close to what it sends. */
const DUE_PAGE = 50;
/** Recipients whose writes share one transaction (each writes at most two messages and two caps). */
const RECIPIENTS_PER_TRANSACTION = 25;
const WRITES_IN_FLIGHT = 16;
const PURPOSES_IN_ORDER = ["transactional", "marketing"] as const;

/** Where a message sits in `byMessageQueue`: its release queue while it waits or is leased, a problem list once failed or skipped. */
const queueAttributes = (
  message: Pick<OutboxMessage, "id" | "studioId" | "channel" | "purpose" | "status">,
  at: string | null,
) => {
  if (message.status === "queued" || message.status === "sending")
    return at === null
      ? {}
      : { queueOf: releaseQueueOf(message.channel, message.purpose, message.id), queueAt: at };
  if (message.status === "failed" || message.status === "skipped")
    return { queueOf: problemQueueOf(message.studioId, message.status), queueAt: `${at}#${message.id}` };
  return {};
};

export const outboxItem = (message: OutboxMessage) => ({
  ...keys.outboxMessage(message.studioId, message.clientId, message.id),
  entity: "outbox-message",
  ...message,
  listOf: studioMessagesList(message.studioId),
  listAt: `${message.createdAt}#${message.id}`,
  ...queueAttributes(message, message.status === "queued" ? message.releaseAt : message.updatedAt),
});

/** A message that ended has no releaseAt and leaseUntil on its item (they are removed): it reads them as null. */
const toMessage = (item: Record<string, unknown>): OutboxMessage => ({
  ...toEntity<OutboxMessage>(item),
  appointmentId: (item.appointmentId as string | undefined) ?? null,
  appointmentStartsAt: (item.appointmentStartsAt as string | undefined) ?? null,
  releaseAt: (item.releaseAt as string | undefined) ?? null,
  leaseUntil: (item.leaseUntil as string | undefined) ?? null,
});

const capItem = (cap: MarketingCap) => ({
  ...keys.marketingCap(cap.studioId, cap.clientId, cap.channel),
  entity: "marketing-cap",
  ...cap,
});

/** The ref a `byMessageQueue` key names: the client partition and the message's sort key. */
const refOf = (item: Record<string, unknown>): MessageRef => {
  const id = (item.sk as string).slice(keys.outboxMessagePrefix.length);
  const [, studioId] = /^STUDIO#(.+)#CLIENT#/.exec(item.pk as string) ?? [];
  return { id, studioId: studioId!, clientId: clientOfMessage(id)! };
};

export const dynamoDbOutbox = (ctx: TableContext): Outbox => {
  const { client, tableName } = ctx;
  const keyOf = (message: MessageRef) => keys.outboxMessage(message.studioId, message.clientId, message.id);

  const getMessage = async (message: MessageRef): Promise<OutboxMessage | null> => {
    const item = await ctx.get(keyOf(message), { consistent: true });
    return item === undefined ? null : toMessage(item);
  };

  /** The stored version of each message that exists already (a retried request). */
  const storedVersions = (messages: OutboxMessage[]) =>
    Promise.all(messages.map(async (message) => (await getMessage(message)) ?? message));

  const putMessage = async (message: OutboxMessage): Promise<OutboxMessage> => {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: outboxItem(message),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return message;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return (await getMessage(message)) ?? message;
    }
  };

  const transactItemsOf = (write: RecipientWrite): TransactItem[] => [
    ...write.messages.map((message) => ({
      Put: {
        TableName: tableName,
        Item: outboxItem(message),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    })),
    ...write.caps.map((cap) => versionedPut(tableName, capItem(cap))),
  ];

  /** One recipient on its own: a message that exists comes back stored; a taken cap asks the caller to plan again. */
  const writeOne = async (write: RecipientWrite): Promise<RecipientWriteResult> => {
    if (write.caps.length === 0) return { stored: await Promise.all(write.messages.map(putMessage)) };
    try {
      await client.send(new TransactWriteCommand({ TransactItems: transactItemsOf(write) }));
      return { stored: write.messages };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const messageExists = write.messages.some(
        (_, index) => reasons[index]?.Code === "ConditionalCheckFailed",
      );
      if (messageExists) return { stored: await storedVersions(write.messages) };
      return { capTaken: true };
    }
  };

  /** Marketing recipients share transactions; a cancelled one is written again recipient by recipient. */
  const writeMany = async (writes: RecipientWrite[]): Promise<RecipientWriteResult[]> => {
    try {
      await client.send(new TransactWriteCommand({ TransactItems: writes.flatMap(transactItemsOf) }));
      return writes.map((write) => ({ stored: write.messages }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      return Promise.all(writes.map(writeOne));
    }
  };

  /**
   * Sets the status (and where the message sits in the queue index) with the fields in `set`, removing
   * those in `remove` and adding to those in `add`.
   */
  const transition = (
    message: EndedMessage,
    status: MessageStatus,
    at: string,
    change: { set: Record<string, unknown>; remove: string[]; add?: Record<string, number> },
  ) => {
    const queue = queueAttributes(
      { ...message, status },
      status === "queued" ? (change.set.releaseAt as string) : at,
    );
    const set = { ...change.set, ...queue };
    const remove = [...change.remove, ...("queueOf" in queue ? [] : ["queueOf", "queueAt"])];
    const add = Object.entries(change.add ?? {});
    return {
      UpdateExpression: [
        `SET #status = :status, updatedAt = :at${Object.keys(set)
          .map((name) => `, ${name} = :${name}`)
          .join("")}`,
        remove.length === 0 ? "" : `REMOVE ${remove.join(", ")}`,
        add.length === 0 ? "" : `ADD ${add.map(([name]) => `${name} :${name}`).join(", ")}`,
      ]
        .filter(Boolean)
        .join(" "),
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: <Record<string, unknown>>{
        ":status": status,
        ":at": at,
        ...Object.fromEntries([...Object.entries(set), ...add].map(([name, value]) => [`:${name}`, value])),
      },
    };
  };

  /** A write only the holder of the lease may make; false when the lease was lost. */
  const endLease = async (
    message: EndedMessage,
    attemptId: string,
    update: ReturnType<typeof transition>,
  ): Promise<boolean> => {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(message),
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
    async add(writes) {
      const results: RecipientWriteResult[] = new Array(writes.length);
      const marketing = writes
        .map((write, index) => ({ write, index }))
        .filter(({ write }) => write.caps.length > 0);
      const plain = writes
        .map((write, index) => ({ write, index }))
        .filter(({ write }) => write.caps.length === 0);
      const batches = Array.from(
        { length: Math.ceil(marketing.length / RECIPIENTS_PER_TRANSACTION) },
        (_, batch) =>
          marketing.slice(batch * RECIPIENTS_PER_TRANSACTION, (batch + 1) * RECIPIENTS_PER_TRANSACTION),
      );
      await Promise.all([
        forEachBounded(batches, WRITES_IN_FLIGHT, async (batch) => {
          const written = await writeMany(batch.map(({ write }) => write));
          batch.forEach(({ index }, position) => {
            results[index] = written[position]!;
          });
        }),
        forEachBounded(plain, WRITES_IN_FLIGHT, async ({ write, index }) => {
          results[index] = await writeOne(write);
        }),
      ]);
      return results;
    },

    async caps(studioId, clientId) {
      const [email, sms] = await Promise.all(
        (["email", "sms"] as const).map(async (channel) => {
          const item = await ctx.get(keys.marketingCap(studioId, clientId, channel), { consistent: true });
          return item === undefined
            ? emptyMarketingCap(studioId, clientId, channel)
            : toEntity<MarketingCap>(item);
        }),
      );
      return { email: email!, sms: sms! };
    },

    async get(studioId, messageId) {
      const clientId = clientOfMessage(messageId);
      return clientId === null ? null : getMessage({ id: messageId, studioId, clientId });
    },

    async list(studioId, filter, page) {
      const matches = (message: OutboxMessage) =>
        (filter.status === null || message.status === filter.status) &&
        (filter.purpose === null || message.templatePurpose === filter.purpose) &&
        (filter.categoryId === null || message.categoryId === filter.categoryId);
      if (filter.clientId !== null) {
        const result = await queryPage(
          ctx,
          {
            KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues: {
              ":pk": keys.clientPartition(studioId, filter.clientId),
              ":prefix": keys.outboxMessagePrefix,
            },
          },
          page,
        );
        const messages = result.items.map(toMessage).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        return { items: messages.filter(matches), nextCursor: result.nextCursor };
      }
      const problem = filter.status === "failed" || filter.status === "skipped";
      const result = await queryPage(
        ctx,
        problem
          ? {
              IndexName: "byMessageQueue",
              KeyConditionExpression: "queueOf = :list",
              ExpressionAttributeValues: { ":list": problemQueueOf(studioId, filter.status!) },
              ScanIndexForward: false,
            }
          : {
              IndexName: "byList",
              KeyConditionExpression: "listOf = :list",
              ExpressionAttributeValues: { ":list": studioMessagesList(studioId) },
              ScanIndexForward: false,
            },
        page,
      );
      const messages = await Promise.all(result.items.map((item) => getMessage(refOf(item))));
      return {
        items: messages.filter((message): message is OutboxMessage => message !== null && matches(message)),
        nextCursor: result.nextCursor,
      };
    },

    async listForClient(studioId, clientId) {
      return (
        await queryAll(ctx, {
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: {
            ":pk": keys.clientPartition(studioId, clientId),
            ":prefix": keys.outboxMessagePrefix,
          },
          ConsistentRead: true,
        })
      ).map(toMessage);
    },

    async eraseForClient(studioId, clientId) {
      const messages = await this.listForClient(studioId, clientId);
      await forEachBounded(messages, WRITES_IN_FLIGHT, async (message) => {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(message),
            UpdateExpression: "SET address = :none, subject = :none, body = :empty, unsubscribeUrl = :none",
            ExpressionAttributeValues: { ":none": null, ":empty": "" },
          }),
        );
      });
    },

    async *due(now, channel) {
      for (const purpose of PURPOSES_IN_ORDER) {
        let open = releaseQueues(channel, purpose).map((queue) => ({
          queue,
          startKey: undefined as Record<string, unknown> | undefined,
        }));
        // Round robin over the shards, a page at a time, oldest releases first within each.
        while (open.length > 0) {
          const pages = await Promise.all(
            open.map(({ queue, startKey }) =>
              client.send(
                new QueryCommand({
                  TableName: tableName,
                  IndexName: "byMessageQueue",
                  KeyConditionExpression: "queueOf = :queue AND queueAt <= :now",
                  ExpressionAttributeValues: { ":queue": queue, ":now": now },
                  Limit: DUE_PAGE,
                  ExclusiveStartKey: startKey,
                }),
              ),
            ),
          );
          const refs = pages
            .flatMap((page) => page.Items ?? [])
            .sort((a, b) => String(a.queueAt).localeCompare(String(b.queueAt)))
            .map(refOf);
          if (refs.length > 0) yield refs;
          pages.forEach((page, index) => {
            open[index]!.startKey = page.LastEvaluatedKey;
          });
          open = open.filter(({ startKey }) => startKey !== undefined);
        }
      }
    },

    async lease(message, attemptId, now, leaseUntil) {
      try {
        const { Attributes } = await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(message),
            UpdateExpression:
              "SET #status = :sending, attemptId = :attempt, leaseUntil = :until, updatedAt = :now ADD attempts :one",
            ConditionExpression:
              "(#status = :queued AND releaseAt <= :now) OR (#status = :sending AND leaseUntil <= :now)",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":sending": "sending",
              ":queued": "queued",
              ":attempt": attemptId,
              ":until": leaseUntil,
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
        transition(message, "sent", at, {
          set: {
            providerMessageId,
            sentAt: at,
            failureReason: null,
            // A one-time code is kept only as its hash: once sent, the text holding it goes.
            ...(message.templatePurpose === "tan_code" ? { body: "" } : {}),
          },
          remove: ["releaseAt", "leaseUntil"],
        }),
      ),

    requeue: (message, attemptId, { releaseAt, reason, countsAsAttempt, at }) =>
      endLease(
        message,
        attemptId,
        transition(message, "queued", at, {
          set: { releaseAt, failureReason: reason },
          remove: ["leaseUntil"],
          // A lease that never reached the provider is no attempt.
          add: { attempts: countsAsAttempt ? 0 : -1 },
        }),
      ),

    markFailed: (message, attemptId, reason, at) =>
      endLease(
        message,
        attemptId,
        transition(message, "failed", at, {
          set: { failureReason: reason },
          remove: ["releaseAt", "leaseUntil"],
        }),
      ),

    markSkipped: (message, attemptId, reason, at) =>
      endLease(
        message,
        attemptId,
        transition(message, "skipped", at, {
          set: { skipReason: reason },
          remove: ["releaseAt", "leaseUntil"],
        }),
      ),
  };
};
