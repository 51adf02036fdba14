import type { Channel } from "../messaging/consent";
import type { MessageStatus, OutboxMessage, SkipReason } from "../outbox/outbox-message";

/** Enough of a message to address it. */
export type MessageRef = Pick<OutboxMessage, "id" | "studioId">;

import type { Page, PageRequest } from "./page";

/**
 * The messages waiting to go out, and those that went or will never go. Every state change is a
 * conditional write: a lease is taken only on a queued message or an expired lease, and only the holder
 * of the current lease (its attempt id) may end it.
 */
export interface Outbox {
  /** Stores the message unless one with its id exists; returns the stored one and whether it is new. */
  add(message: OutboxMessage): Promise<{ message: OutboxMessage; created: boolean }>;
  get(studioId: string, messageId: string): Promise<OutboxMessage | null>;
  /** A studio's messages in one status, most recently changed first. */
  listByStatus(studioId: string, status: MessageStatus, page: PageRequest): Promise<Page<OutboxMessage>>;
  /** Queued messages released by `now` and expired leases, earliest first, at most `limit[channel]` per channel. */
  due(now: string, limit: Record<Channel, number>): Promise<OutboxMessage[]>;
  /** Takes the lease; null when another run holds it or the message is no longer due. */
  lease(
    message: MessageRef,
    attemptId: string,
    now: string,
    leaseUntil: string,
  ): Promise<OutboxMessage | null>;
  /** Each returns false when the lease was lost (another attempt holds it now) and nothing was written. */
  markSent(message: MessageRef, attemptId: string, providerMessageId: string, at: string): Promise<boolean>;
  /** Back to queued until `releaseAt`; `countsAsAttempt` false when the provider was not called. */
  requeue(
    message: MessageRef,
    attemptId: string,
    update: { releaseAt: string; reason: string | null; countsAsAttempt: boolean; at: string },
  ): Promise<boolean>;
  markFailed(message: MessageRef, attemptId: string, reason: string, at: string): Promise<boolean>;
  /** Ends the lease without sending: consent was withdrawn or the address suppressed since queuing. */
  markSkipped(message: MessageRef, attemptId: string, reason: SkipReason, at: string): Promise<boolean>;
}
