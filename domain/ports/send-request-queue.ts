import type { Channel, ChannelPolicy } from "../model/consent";
import type { MessageStatus, SkipReason } from "../model/outbox-message";
import type { TemplatePurpose, TemplateValues } from "../model/template";

/** Placeholders the request may fill; name, studio and unsubscribe link are filled per recipient. */
export type RequestValues = Omit<TemplateValues, "clientFirstName" | "studioName" | "unsubscribeLink">;

export interface SendRequest {
  /** Chosen by the caller: sending the same request again creates no further messages. */
  requestId: string;
  clientIds: string[];
  templatePurpose: TemplatePurpose;
  channelPolicy: ChannelPolicy;
  values: RequestValues;
  /** Values of single recipients, over the request's (e.g. the title of the project a message is about). */
  valuesByClient?: Record<string, RequestValues>;
  /** ReConnect sends: the service category, whose own template overrides the studio's. */
  categoryId?: string;
  /**
   * Messages about one appointment: their booking link is the client's self-service link of it, and with a
   * start (reminders) the sender drops the message once the appointment is no longer booked for that start.
   */
  appointment?: { id: string; startsAt: string | null };
  /** Nothing is released before this instant (a birthday greeting queued the day before the birthday). */
  notBefore?: string;
  /** A waitlist offer: its booking link is the offer's accept page. */
  waitlistOffer?: { id: string };
}

export interface QueuedMessageSummary {
  messageId: string;
  clientId: string;
  channel: Channel;
  status: MessageStatus;
  skipReason: SkipReason | null;
  releaseAt: string | null;
}

export interface SendRequestResult {
  requestId: string;
  queued: number;
  skipped: number;
  messages: QueuedMessageSummary[];
}

/**
 * Queues a send request in the messaging outbox (`queueSendRequest`, bound to the outbox and the messaging
 * settings by the wiring). Sending the same request id again queues nothing new.
 */
export type SendRequestQueue = (studioId: string, request: SendRequest) => Promise<SendRequestResult>;
