import { type MessagingSettings, queueSendRequest } from "../../domain/outbox/queue-send-request";
import type { Queueing } from "./wiring";

/** Binds `queueSendRequest` to the outbox. The messaging settings are read on the first send. */
export const outboxSendRequests =
  (settings: () => MessagingSettings): Queueing =>
  (repositories) =>
  (studioId, request) =>
    queueSendRequest(repositories, settings())(studioId, request);
