import type { OutboxMessage } from "../../domain/outbox/outbox-message";

/** A queued transactional email, released at `releaseAt`; override what the test is about. */
export const aQueuedMessage = (
  id: string,
  releaseAt: string,
  overrides: Partial<OutboxMessage> = {},
): OutboxMessage => ({
  id,
  studioId: "studio-1",
  requestId: "request-1",
  clientId: `client-${id}`,
  channel: "email",
  templatePurpose: "reminder",
  purpose: "transactional",
  status: "queued",
  address: `${id}@example.com`,
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
