import type { Channel } from "../model/consent";
import type { MarketingCap } from "../model/marketing-cap";
import type { MessageRef, MessageStatus, OutboxMessage, SkipReason } from "../model/outbox-message";
import type { Page, PageRequest } from "./page";

/** A leased message, as the end of its lease needs it: where it is, which queue it leaves, what it was. */
export type EndedMessage = Pick<
  OutboxMessage,
  "id" | "studioId" | "clientId" | "channel" | "purpose" | "templatePurpose"
>;

/** Sends one queued message now, under a lease like the sender's runs; false when it did not go out. */
export type SendNow = (message: MessageRef) => Promise<boolean>;

/** One recipient's messages of a send request, stored together with the marketing caps they take. */
export interface RecipientWrite {
  messages: OutboxMessage[];
  /** The caps at their next version; written only over the version read. */
  caps: MarketingCap[];
}

/** What became of a recipient's write: the stored messages, or a cap another request took meanwhile. */
export type RecipientWriteResult = { stored: OutboxMessage[] } | { capTaken: true };

export interface MessageFilter {
  status: MessageStatus | null;
  clientId: string | null;
  purpose: string | null;
  categoryId: string | null;
}

/**
 * The messages waiting to go out, and those that went or will never go. Every state change is a
 * conditional write: a lease is taken only on a queued message or an expired lease, and only the holder
 * of the current lease (its attempt id) may end it.
 */
export interface Outbox {
  /**
   * Stores each recipient's messages (and caps) unless they exist: a message already stored under its id
   * comes back as stored, so a retried request adds nothing.
   */
  add(writes: RecipientWrite[]): Promise<RecipientWriteResult[]>;
  /** The client's marketing caps, strongly consistent (version 0 where none is stored). */
  caps(studioId: string, clientId: string): Promise<Record<Channel, MarketingCap>>;
  get(studioId: string, messageId: string): Promise<OutboxMessage | null>;
  /** A studio's messages, most recent first, filtered; a filtered page may be short. */
  list(studioId: string, filter: MessageFilter, page: PageRequest): Promise<Page<OutboxMessage>>;
  /** Every message of one client (GDPR export and erasure). */
  listForClient(studioId: string, clientId: string): Promise<OutboxMessage[]>;
  /** GDPR erasure: blanks address, subject, body and link of every message of the client. */
  eraseForClient(studioId: string, clientId: string): Promise<void>;
  /**
   * The channel's messages released by `now`, page by page: every transactional one before any marketing
   * one, earlier releases first within each. A page may name messages another run holds under a lease; the
   * caller stops reading once it has leased what its budget allows.
   */
  due(now: string, channel: Channel): AsyncIterable<MessageRef[]>;
  /** Takes the lease and returns the message; null when another run holds it or it is no longer due. */
  lease(
    message: MessageRef,
    attemptId: string,
    now: string,
    leaseUntil: string,
  ): Promise<OutboxMessage | null>;
  /** Each returns false when the lease was lost (another attempt holds it now) and nothing was written. */
  markSent(message: EndedMessage, attemptId: string, providerMessageId: string, at: string): Promise<boolean>;
  /** Back to queued until `releaseAt`; `countsAsAttempt` false when the provider was not called. */
  requeue(
    message: EndedMessage,
    attemptId: string,
    update: { releaseAt: string; reason: string | null; countsAsAttempt: boolean; at: string },
  ): Promise<boolean>;
  markFailed(message: EndedMessage, attemptId: string, reason: string, at: string): Promise<boolean>;
  /** Ends the lease without sending: consent was withdrawn or the address suppressed since queuing. */
  markSkipped(message: EndedMessage, attemptId: string, reason: SkipReason, at: string): Promise<boolean>;
}
