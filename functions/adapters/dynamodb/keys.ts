import {
  DUE_SHARD_COUNT,
  FOLLOW_UP_SHARD_COUNT,
  NOTICE_SHARD_COUNT,
  RELEASE_SHARD_COUNT,
  WORK_SHARD_COUNT,
} from "./table-schema";

/** Every key of Rebook's table is built here, and only here. See docs/data-model.md. */
const studioPartition = (studioId: string): string => `STUDIO#${studioId}`;
const clientPartition = (studioId: string, clientId: string): string =>
  `STUDIO#${studioId}#CLIENT#${clientId}`;
const searchPartition = (studioId: string): string => `STUDIO#${studioId}#SEARCH`;

export type StudioItemKind = "CATEGORY" | "SERVICE" | "STAFF" | "PROJECT" | "GROUP";

export const keys = {
  studio: (studioId: string) => ({ pk: studioPartition(studioId), sk: "STUDIO" }),
  /** A public handle's claim: which studio answers to it. */
  studioHandle: (handle: string) => ({ pk: `HANDLE#${handle}`, sk: "HANDLE" }),
  /** A staff member's sign-in, in the studio's partition: the studio's list of accounts is one query. */
  staffAccount: (studioId: string, accountId: string) => ({
    pk: studioPartition(studioId),
    sk: `ACCOUNT#${accountId}`,
  }),
  staffAccountPrefix: "ACCOUNT#",
  /** The studio's online-booking settings. */
  onlineBookingSettings: (studioId: string) => ({ pk: studioPartition(studioId), sk: "ONLINE_BOOKING" }),
  /** A slot kept while a client verifies their phone (TTL after it lapses). */
  bookingHold: (studioId: string, holdId: string) => ({
    pk: studioPartition(studioId),
    sk: `HOLD#${holdId}`,
  }),
  /** The phone verification of a hold. */
  phoneVerification: (studioId: string, holdId: string) => ({
    pk: studioPartition(studioId),
    sk: `VERIFY#${holdId}`,
  }),
  /** Which appointment an online booking's request key made: a retried commit finds it. */
  bookingRequest: (studioId: string, requestKey: string) => ({
    pk: studioPartition(studioId),
    sk: `BOOKING_REQUEST#${requestKey}`,
  }),
  /** A rate limit's counter for one subject (keyed hash) in one window. */
  rateCounter: (name: string, subjectHash: string, window: string) => ({
    pk: `RATE#${name}#${subjectHash}`,
    sk: window,
  }),
  /** An address's claim on one sign-in across all studios, by the address's keyed hash. */
  accountEmail: (addressHash: string) => ({ pk: `ACCOUNT_EMAIL#${addressHash}`, sk: "ACCOUNT_EMAIL" }),
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
  /** A client's weight and height: apart from the profile, so only what owners and managers call reads them. */
  bodyMeasurements: (studioId: string, clientId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: "MEASUREMENTS",
  }),
  /** A promotion of the studio; its redemption count is a counter beside it, so edits never race redemptions. */
  promotion: (studioId: string, promotionId: string) => ({
    pk: studioPartition(studioId),
    sk: `PROMOTION#${promotionId}`,
  }),
  promotionPrefix: "PROMOTION#",
  promotionCount: (studioId: string, promotionId: string) => ({
    pk: studioPartition(studioId),
    sk: `PROMOTION_COUNT#${promotionId}`,
  }),
  /** A promotion code's claim: codes are unique in a studio. */
  promotionCode: (studioId: string, code: string) => ({
    pk: studioPartition(studioId),
    sk: `PROMO_CODE#${code}`,
  }),
  /** How often a client redeemed a promotion. */
  promotionUse: (studioId: string, clientId: string, promotionId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `PROMO_USE#${promotionId}`,
  }),
  /** A redemption, with its client; one on a booking has the appointment's id, so a booking takes one. */
  redemption: (studioId: string, clientId: string, redemptionId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `REDEMPTION#${redemptionId}`,
  }),
  redemptionPrefix: "REDEMPTION#",
  /** That the client's birthday greeting of a year is done (it holds no date: nothing to erase). */
  birthdayGreeting: (studioId: string, clientId: string, year: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `BIRTHDAY_GREETING#${year}`,
  }),
  /** A gallery photo, with its client: their gallery is one query, their erasure one partition. */
  photo: (studioId: string, clientId: string, photoId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `PHOTO#${photoId}`,
  }),
  photoPrefix: "PHOTO#",
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
  /** A studio's block of a phone, an email address or a tag. */
  block: (studioId: string, kind: string, value: string) => ({
    pk: studioPartition(studioId),
    sk: `BLOCK#${kind}#${value}`,
  }),
  /** A notice or reminder an appointment owes its client, one per kind (`byDueNotice` until sent). */
  appointmentNotice: (studioId: string, appointmentId: string, kind: string) => ({
    pk: studioPartition(studioId),
    sk: `NOTICE#${appointmentId}#${kind}`,
  }),
  /** A client waiting for a freed slot. */
  waitlistEntry: (studioId: string, entryId: string) => ({
    pk: studioPartition(studioId),
    sk: `WAITLIST#${entryId}`,
  }),
  waitlistEntryPrefix: "WAITLIST#",
  /** A freed slot offered to a waiting client. */
  waitlistOffer: (studioId: string, offerId: string) => ({
    pk: studioPartition(studioId),
    sk: `OFFER#${offerId}`,
  }),
  waitlistOfferPrefix: (offerIdPrefix: string) => `OFFER#${offerIdPrefix}`,
  staffDay: (studioId: string, staffId: string, date: string) => ({
    pk: studioPartition(studioId),
    sk: `STAFFDAY#${staffId}#${date}`,
  }),
  rhythm: (studioId: string, clientId: string, categoryId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `RHYTHM#${categoryId}`,
  }),
  rhythmPrefix: "RHYTHM#",
  /** How many clients are overdue in a category, moved with every change of a rhythm's standing. */
  overdueCount: (studioId: string, categoryId: string) => ({
    pk: studioPartition(studioId),
    sk: `COUNT#overdue#${categoryId}`,
  }),
  /** What the studio's next scheduled run has to do (first messages to send automatically, categories to re-evaluate). */
  studioWork: (studioId: string) => ({ pk: studioPartition(studioId), sk: "WORK" }),
  /** The studio's ReConnect settings. */
  reconnectSettings: (studioId: string) => ({ pk: studioPartition(studioId), sk: "RECONNECT_SETTINGS" }),
  /** One month's ReConnect statistics of one category; month first, so a range of months is one query. */
  reconnectStats: (studioId: string, month: string, categoryId: string) => ({
    pk: studioPartition(studioId),
    sk: `RECONNECT_STATS#${month}#${categoryId}`,
  }),
  reconnectStatsMonthPrefix: (month: string) => `RECONNECT_STATS#${month}#`,
  /** An outbox message, with its client: their messages are one query, their erasure one partition. */
  outboxMessage: (studioId: string, clientId: string, messageId: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `MSG#${messageId}`,
  }),
  outboxMessagePrefix: "MSG#",
  /** How much marketing a client got on a channel lately (the studio's frequency cap). */
  marketingCap: (studioId: string, clientId: string, channel: string) => ({
    pk: clientPartition(studioId, clientId),
    sk: `CAP#${channel}`,
  }),
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
  /**
   * A suppressed address, global: a bounce or complaint is a property of the address, not of a studio. Keyed
   * by the address's keyed hash, so it outlives an erased client without keeping their address.
   */
  suppression: (channel: string, addressHash: string) => ({
    pk: `SUPPRESSED#${channel}#${addressHash}`,
    sk: "SUPPRESSION",
  }),
  /** A studio's claim on a phone number or email address: the cards holding it. */
  contact: (studioId: string, channel: string, addressHash: string) => ({
    pk: studioPartition(studioId),
    sk: `CONTACT#${channel}#${addressHash}`,
  }),
  /** One term a client is found by, in the studio's search partition. */
  searchTerm: (studioId: string, term: string, clientId: string) => ({
    pk: searchPartition(studioId),
    sk: `${term}#${clientId}`,
  }),
  searchPartition,
};

/** `byContact`: a studio's claim on an address, findable from the address (its hash) alone. */
export const contactIndexAttributes = (studioId: string, channel: string, addressHash: string) => ({
  contactOf: `${channel}#${addressHash}`,
  contactIn: studioId,
});

/** `byBirthday`: a card with a birthday, under its month and day (`MM-DD`), across studios. */
export const birthdayIndexAttributes = (studioId: string, clientId: string, birthday: string) => ({
  birthdayOn: birthdayPartition(birthday.slice(5)),
  birthdayOf: `${studioId}#${clientId}`,
});

export const birthdayPartition = (monthDay: string): string => `BIRTHDAY#${monthDay}`;

/** Index attributes of an appointment: its client's history and the studio's calendar, both by start. */
export const appointmentIndexAttributes = (appointment: { studioId: string; clientId: string }) => ({
  historyOf: clientPartition(appointment.studioId, appointment.clientId),
  calendarOf: studioPartition(appointment.studioId),
});

/** One of `count` shards named `<prefix>#<n>`, chosen by a stable hash of `key`. */
const shardOf = (prefix: string, count: number, key: string): string => {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return `${prefix}#${Math.abs(hash) % count}`;
};

const allShards = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, shard) => `${prefix}#${shard}`);

/** Spreads rhythms over the due index's shards by a stable hash of their key. */
export const dueShardOf = (studioId: string, clientId: string, categoryId: string): string =>
  shardOf("DUE", DUE_SHARD_COUNT, `${studioId}#${clientId}#${categoryId}`);

/** A list of a category in `byOverdueCategory` (due, first_sent, second_sent, booked). */
export const categoryListPartition = (studioId: string, categoryId: string, group: string): string =>
  `STUDIO#${studioId}#CATEGORY#${categoryId}#${group}`;

/** A category's rhythms resting on its default interval (fewer than three visits), in `byList`. */
export const defaultIntervalList = (studioId: string, categoryId: string): string =>
  `STUDIO#${studioId}#CATEGORY#${categoryId}#DEFAULT_INTERVAL`;

/** Spreads studios' pending work over the work queues of `byMessageQueue`. */
export const workQueueOf = (studioId: string): string => shardOf("WORK", WORK_SHARD_COUNT, studioId);

export const allWorkQueues = (): string[] => allShards("WORK", WORK_SHARD_COUNT);

export const allDueShards = (): string[] => allShards("DUE", DUE_SHARD_COUNT);

/** A release queue of `byMessageQueue`: one per channel and purpose, sharded by a stable hash of the id. */
export const releaseQueueOf = (channel: string, purpose: string, messageId: string): string =>
  shardOf(`RELEASE#${channel}#${purpose}`, RELEASE_SHARD_COUNT, messageId);

export const releaseQueues = (channel: string, purpose: string): string[] =>
  allShards(`RELEASE#${channel}#${purpose}`, RELEASE_SHARD_COUNT);

/** A studio's failed or skipped messages in `byMessageQueue`, by when they ended. */
export const problemQueueOf = (studioId: string, status: string): string =>
  `STUDIO#${studioId}#MESSAGES#${status}`;

/** A client's projects in `byList`, by creation. */
export const clientProjectsList = (studioId: string, clientId: string): string =>
  `${clientPartition(studioId, clientId)}#PROJECTS`;

/** One of a studio's project follow-up lists in `byFollowUpList`. */
export const followUpListPartition = (studioId: string, list: string): string =>
  `STUDIO#${studioId}#PROJECTS#${list}`;

/** A studio's project automation settings, in its partition. */
export const projectAutomationKey = (studioId: string) => ({
  pk: studioPartition(studioId),
  sk: "PROJECT_AUTOMATION",
});

/** The `byList` list of studios with project automation switched on: the hourly run reads only these. */
export const AUTOMATED_STUDIOS_LIST = "PROJECT_AUTOMATION#ON";

/** A project's record of one send or bulk request: written once, so a retried request counts and changes nothing twice. */
export const projectRequestKey = (studioId: string, projectId: string, requestId: string) => ({
  pk: studioPartition(studioId),
  sk: `PROJECT_REQUEST#${projectId}#${requestId}`,
});

/** A studio's messages in `byList`, newest first. */
export const studioMessagesList = (studioId: string): string => `STUDIO#${studioId}#MESSAGES`;

/** Spreads rhythms waiting for a ReConnect follow-up over the follow-up shards by a stable hash of their key. */
export const followUpShardOf = (studioId: string, clientId: string, categoryId: string): string =>
  shardOf("FOLLOWUP", FOLLOW_UP_SHARD_COUNT, `${studioId}#${clientId}#${categoryId}`);

export const allFollowUpShards = (): string[] => allShards("FOLLOWUP", FOLLOW_UP_SHARD_COUNT);

/** Partition of `byReconnectStep` holding a category's clients won back. */
export const reconnectedPartition = (studioId: string, categoryId: string): string =>
  `STUDIO#${studioId}#CATEGORY#${categoryId}#RECONNECTED`;

/** Spreads appointments' notices over the shards of `byDueNotice` by a stable hash of the appointment. */
export const noticeQueueOf = (appointmentId: string): string =>
  shardOf("NOTICES", NOTICE_SHARD_COUNT, appointmentId);

export const allNoticeQueues = (): string[] => allShards("NOTICES", NOTICE_SHARD_COUNT);
