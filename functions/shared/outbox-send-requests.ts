import { type MessagingSettings, queueSendRequest } from "../../domain/outbox/queue-send-request";
import type { Dependencies } from "../../domain/ports/dependencies";
import type { SendRequestQueue } from "../../domain/ports/send-request-queue";

/** Binds `queueSendRequest` to the outbox. The messaging settings are read on the first send. */
export const outboxSendRequests =
  (deps: Omit<Dependencies, "sendRequests">, settings: () => MessagingSettings): SendRequestQueue =>
  (studioId, request) =>
    queueSendRequest(deps, settings())(studioId, request);
