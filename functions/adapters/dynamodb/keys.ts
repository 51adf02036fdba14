import { DUE_SHARD_COUNT, FOLLOW_UP_SHARD_COUNT, RELEASE_SHARD_COUNT } from "./table-schema";

/** Every key of Rebook's table is built here, and only here. See docs/data-model.md. */
const studioPartition = (studioId: string): string => `STUDIO#${studioId}`;
const clientPartition = (studioId: string, clientId: string): string =>
  `STUDIO#${studioId}#CLIENT#${clientId}`;

export type StudioItemKind = "CATEGORY" | "SERVICE" | "STAFF" | "PROJECT";

export const keys = {
  studio: (studioId: string) => ({ pk: studioPartition(studioId), sk: "STUDIO" }),
  studioItem: (kind: StudioItemKind, studioId: string, id: string) => ({
    pk: studioPartition(studioId),
    sk: `${kind}#${id}`,
  }),
  studioItemPrefix: (kind: StudioItemKind) => `${kind}#`,
  studioPartition,
  clientProfile: (studioId: string, clientId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: "PROFILE",
  }),
  clientPartition,
  /** An appointment, found by its id alone; its client's history and the calendar are indexes of it. */
  appointment: (studioId: string, appointmentId: string) => ({
    pk: studioPartition(studioId),
    sk: `APPT#${appointmentId}`,
  }),
  /** The client's visit history (what the card's statistics and reliability come from). */
  visitHistory: (studioId: string, clientId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: "HISTORY",
  }),
  staffDay: (studioId: string, staffId: string, date: string) => ({
    pk: studioPartition(studioId),
    sk: `STAFFDAY#${staffId}#${date}`,
  }),
  rhythm: (studioId: string, clientId: string, categoryId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `RHYTHM#${categoryId}`,
  }),
  rhythmPrefix: "RHYTHM#",
  /** The studio's ReConnect settings. */
  reconnectSettings: (studioId: string) => ({ pk: studioPartition(studioId), sk: "RECONNECT_SETTINGS" }),
  /** One month's ReConnect statistics of one category; month first, so a range of months is one query. */
  reconnectStats: (studioId: string, month: string, categoryId: string) => ({
    pk: studioPartition(studioId),
    sk: `RECONNECT_STATS#${month}#${categoryId}`,
  }),
  reconnectStatsMonthPrefix: (month: string) => `RECONNECT_STATS#${month}#`,
  /** An outbox message: its own partition, so a large send spreads its writes over many partitions. */
  outboxMessage: (messageId: string) => ({ pk: `MSG#${messageId}`, sk: "MESSAGE" }),
  /** The provider's receipt of a message (from its delivery events), beside the message. */
  providerReceipt: (messageId: string) => ({ pk: `MSG#${messageId}`, sk: "RECEIPT" }),
  /** A consent ledger entry: in the client's partition, in the order it was recorded. */
  consentEntry: (studioId: string, clientId: string, at: string, entryId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `CONSENT#${at}#${entryId}`,
  }),
  consentPrefix: "CONSENT#",
  /** A studio's template override; ReConnect purposes may add a service category as a narrower scope. */
  template: (
    studioId: string,
    key: { purpose: string; channel: string; locale: string; categoryId: string | null },
  ) => ({
    pk: studioPartition(studioId),
    sk: `TEMPLATE#${key.purpose}#${key.channel}#${key.locale}${key.categoryId === null ? "" : `#${key.categoryId}`}`,
  }),
  templatePrefix: "TEMPLATE#",
  /** A suppressed address, global: a bounce or complaint is a property of the address, not of a studio. */
  suppression: (channel: string, address: string) => ({
    pk: `SUPPRESSED#${channel}#${address}`,
    sk: "SUPPRESSION",
  }),
};

/** Index attributes of an appointment: its client's history and the studio's calendar, both by start. */
export const appointmentIndexAttributes = (appointment: { studioId: string; clientId: string }) => ({
  historyOf: clientPartition(appointment.studioId, appointment.clientId),
  calendarOf: studioPartition(appointment.studioId),
});

/** Index attributes of a client profile: sparse, so an erased client leaves the phone and email indexes. */
export const clientIndexAttributes = (client: {
  studioId: string;
  id: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
}) => ({
  clientOf: studioPartition(client.studioId),
  nameKey: `${searchableName(`${client.lastName} ${client.firstName}`)}#${client.id}`,
  ...(client.phone === null ? {} : { phoneKey: `${client.phone}#${client.id}` }),
  ...(client.email === null ? {} : { emailKey: `${client.email.toLowerCase()}#${client.id}` }),
});

/** Lower case without diacritics, so "Müller" is found by "mul" and "muller". */
export const searchableName = (name: string): string =>
  name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").replace(/ł/g, "l").trim();

/** Spreads rhythms over the due index's shards by a stable hash of their key. */
export const dueShardOf = (studioId: string, clientId: string, categoryId: string): string => {
  let hash = 0;
  for (const char of `${studioId}#${clientId}#${categoryId}`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `DUE#${Math.abs(hash) % DUE_SHARD_COUNT}`;
};

/** Partition of the overdue-by-category index: present on a rhythm only while it is flagged overdue. */
export const overdueCategoryPartition = (studioId: string, categoryId: string): string =>
  `STUDIO#${studioId}#CATEGORY#${categoryId}`;

export const allDueShards = (): string[] =>
  Array.from({ length: DUE_SHARD_COUNT }, (_, shard) => `DUE#${shard}`);

/** Spreads queued messages over the release index's shards by a stable hash of their id. */
export const releaseShardOf = (messageId: string): string => {
  let hash = 0;
  for (const char of messageId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `RELEASE#${Math.abs(hash) % RELEASE_SHARD_COUNT}`;
};

export const allReleaseShards = (): string[] =>
  Array.from({ length: RELEASE_SHARD_COUNT }, (_, shard) => `RELEASE#${shard}`);

/** Partition of the by-status index: a studio's messages in one status. */
export const messageStatusPartition = (studioId: string, status: string): string =>
  `STUDIO#${studioId}#MESSAGES#${status}`;

/** Spreads rhythms waiting for a ReConnect follow-up over the follow-up shards by a stable hash of their key. */
export const followUpShardOf = (studioId: string, clientId: string, categoryId: string): string => {
  let hash = 0;
  for (const char of `${studioId}#${clientId}#${categoryId}`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `FOLLOWUP#${Math.abs(hash) % FOLLOW_UP_SHARD_COUNT}`;
};

export const allFollowUpShards = (): string[] =>
  Array.from({ length: FOLLOW_UP_SHARD_COUNT }, (_, shard) => `FOLLOWUP#${shard}`);

/** Partition of `byReconnectStep` holding a category's clients won back. */
export const reconnectedPartition = (studioId: string, categoryId: string): string =>
  `STUDIO#${studioId}#CATEGORY#${categoryId}#RECONNECTED`;
