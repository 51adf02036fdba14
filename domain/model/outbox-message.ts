import { createHash } from "node:crypto";
import type { Channel, Purpose } from "./consent";
import type { Language } from "./language";
import type { SendWindow } from "./studio";
import type { TemplatePurpose } from "./template";

/** queued → sending (leased) → sent | failed; `skipped` never leaves the outbox. */
export const MESSAGE_STATUSES = ["queued", "sending", "sent", "failed", "skipped"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type SkipReason =
  | "CLIENT_NOT_FOUND"
  | "CLIENT_ERASED"
  | "NO_EMAIL"
  | "NO_PHONE"
  | "NO_CONSENT"
  | "SUPPRESSED"
  | "FREQUENCY_CAP"
  | "APPOINTMENT_CHANGED";

/** One message of a send request to one client on one channel. */
export interface OutboxMessage {
  /** `<clientId>.<hash>`, deterministic: the same request, client and channel always give the same id. */
  id: string;
  studioId: string;
  requestId: string;
  clientId: string;
  channel: Channel;
  templatePurpose: TemplatePurpose;
  purpose: Purpose;
  /** ReConnect messages: the service category they were sent for. */
  categoryId: string | null;
  /** Messages about an appointment (notices, reminders). */
  appointmentId: string | null;
  /** Reminders: the start they remind of; the reminder is void once the appointment no longer starts then. */
  appointmentStartsAt: string | null;
  /** The language the message is written in. */
  language: Language;
  status: MessageStatus;
  /** Lower-cased email or E.164 number; null when skipped for want of one. */
  address: string | null;
  /** Email only. */
  subject: string | null;
  body: string;
  /** Marketing only: the signed one-click unsubscribe URL. */
  unsubscribeUrl: string | null;
  /** The studio's windows and zone when queued, so the sender needs no further reads. */
  sendWindows: SendWindow[];
  timeZone: string;
  /** When the sender should next look at the message (release, retry or lease expiry); null once final. */
  releaseAt: string | null;
  /** Leases taken so far. */
  attempts: number;
  attemptId: string | null;
  leaseUntil: string | null;
  providerMessageId: string | null;
  skipReason: SkipReason | null;
  /** Why the last attempt failed (retried) or why the message failed for good. */
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** Enough of a message to address it. */
export type MessageRef = Pick<OutboxMessage, "id" | "studioId" | "clientId">;

/**
 * Same studio, request, client and channel → same id, so a retried request finds its messages again. The
 * client's id leads: a message lives with its client, and its id alone says where.
 */
export const outboxMessageId = (
  studioId: string,
  requestId: string,
  clientId: string,
  channel: Channel,
): string =>
  `${clientId}.${createHash("sha256")
    .update(JSON.stringify([studioId, requestId, clientId, channel]))
    .digest("base64url")
    .slice(0, 24)}`;

/** The client a message id names; null for text that is no message id. */
export const clientOfMessage = (messageId: string): string | null => {
  const dot = messageId.lastIndexOf(".");
  return dot <= 0 ? null : messageId.slice(0, dot);
};
