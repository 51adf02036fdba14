import type { OutboxMessage } from "../../domain/model/outbox-message";
import type { Outbox } from "../../domain/ports/outbox";

/**
 * A queued transactional email to `client-<key>`, released at `releaseAt`; its id is `client-<key>.<key>`.
 * Override what the test is about.
 */
export const aQueuedMessage = (
  key: string,
  releaseAt: string,
  overrides: Partial<OutboxMessage> = {},
): OutboxMessage => ({
  id: `client-${key}.${key}`,
  studioId: "studio-1",
  requestId: "request-1",
  clientId: `client-${key}`,
  channel: "email",
  templatePurpose: "reminder",
  purpose: "transactional",
  categoryId: null,
  appointmentId: null,
  appointmentStartsAt: null,
  language: "de",
  status: "queued",
  address: `${key}@example.com`,
  subject: "Your appointment",
  body: "See you tomorrow.",
  unsubscribeUrl: null,
  sendWindows: [],
  timeZone: "Europe/Berlin",
  releaseAt,
  attempts: 0,
  attemptId: null,
  leaseUntil: null,
  providerMessageId: null,
  skipReason: null,
  failureReason: null,
  createdAt: releaseAt,
  updatedAt: releaseAt,
  sentAt: null,
  ...overrides,
});

/** Stores messages in the outbox as a send request would, each on its own (no marketing caps). */
export const addToOutbox = (outbox: Outbox, messages: OutboxMessage[]) =>
  outbox.add(messages.map((message) => ({ messages: [message], caps: [] })));
