/**
 * The one definition of Rebook's table: key schema, indexes and TTL attribute. The CDK construct and
 * the local/test table creation both read it, so the cloud and DynamoDB Local can never drift apart.
 * Plain data only: this file is imported by infra/ and must stay free of SDK and domain imports.
 */
export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
  /**
   * What the index copies: every attribute, only the keys, or the keys and the named attributes. Indexes that
   * are followed by a read of the items themselves keep only keys, so a change writes little to them.
   */
  projection: "all" | "keys" | readonly string[];
  /** What the index serves, for docs/data-model.md and the infra tests. */
  accessPattern: string;
}

export const rebookTable = {
  partitionKey: "pk",
  sortKey: "sk",
  timeToLiveAttribute: "expiresAt",
  indexes: [
    {
      name: "byDueTime",
      partitionKey: "dueShard",
      sortKey: "scanAt",
      projection: "all",
      accessPattern:
        "visit rhythms not yet flagged overdue, sharded, by when the scan should look at them (sparse)",
    },
    {
      name: "byOverdueCategory",
      partitionKey: "overdueOf",
      sortKey: "overdueKey",
      projection: "all",
      accessPattern:
        "a category's lists of clients (overdue, first or second message sent, booked), longest due first (sparse)",
    },
    {
      name: "byReconnectStep",
      partitionKey: "reconnectOf",
      sortKey: "reconnectAt",
      projection: "all",
      accessPattern:
        "ReConnect (sparse): rhythms waiting for their follow-up, sharded, by due time; a category's clients won back, by when",
    },
    {
      name: "byMessageQueue",
      partitionKey: "queueOf",
      sortKey: "queueAt",
      projection: "keys",
      accessPattern:
        "work queues (sparse): outbox messages to send, per channel and purpose, sharded, by release time; a studio's failed and skipped messages; studios with scheduled work pending",
    },
    {
      name: "byDueNotice",
      partitionKey: "noticeQueue",
      sortKey: "noticeAt",
      projection: "all",
      accessPattern:
        "appointment notices and reminders still to send (sparse), sharded, by due time: the run reads only what is due",
    },
    {
      name: "byList",
      partitionKey: "listOf",
      sortKey: "listAt",
      projection: "keys",
      accessPattern:
        "lists that are read with a batch of the items they name: a studio's messages, newest first; a client's projects",
    },
    {
      name: "byFollowUpList",
      partitionKey: "followUpOf",
      sortKey: "followUpAt",
      projection: ["clientId", "contactCount", "lastContactAt"],
      accessPattern:
        "a studio's project follow-up lists (sparse): open requests by request time, running and paused projects by their latest session, completed ones by completion",
    },
    {
      name: "byContact",
      partitionKey: "contactOf",
      sortKey: "contactIn",
      projection: ["clientIds"],
      accessPattern:
        "the studios' claims on one phone number or email address (its keyed hash): whom a bounce, complaint or STOP concerns",
    },
    {
      name: "byClientHistory",
      partitionKey: "historyOf",
      sortKey: "startsAt",
      projection: "all",
      accessPattern: "a client's appointments by start: the card's upcoming and past appointments, paged",
    },
    {
      name: "byCalendar",
      partitionKey: "calendarOf",
      sortKey: "startsAt",
      projection: "all",
      accessPattern: "a studio's appointments by start: the calendar of a day or a week, all staff at once",
    },
    {
      name: "byBirthday",
      partitionKey: "birthdayOn",
      sortKey: "birthdayOf",
      projection: "keys",
      accessPattern:
        "clients by month and day of birth, across studios (sparse): the day's birthday greetings",
    },
  ],
} as const satisfies {
  partitionKey: string;
  sortKey: string;
  timeToLiveAttribute: string;
  indexes: readonly IndexDefinition[];
};

export type RebookIndexName = (typeof rebookTable.indexes)[number]["name"];

/** Shards of the due-time index: spreads scan reads and writes over partitions. */
export const DUE_SHARD_COUNT = 8;

/** Shards of each release queue of `byMessageQueue`: spreads a large send's index writes and the sender's reads. */
export const RELEASE_SHARD_COUNT = 8;

/** Shards of the studios' pending work in `byMessageQueue`. */
export const WORK_SHARD_COUNT = 4;

/** Shards of the ReConnect follow-up partitions of `byReconnectStep`. */
export const FOLLOW_UP_SHARD_COUNT = 8;

/** Shards of the notice queue of `byDueNotice`: a busy minute's reminders spread over partitions. */
export const NOTICE_SHARD_COUNT = 4;
