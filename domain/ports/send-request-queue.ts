import type { SendRequest, SendRequestResult } from "../outbox/queue-send-request";

/**
 * Queues a send request in the messaging outbox (`queueSendRequest`, bound to the outbox and the messaging
 * settings by the wiring). Sending the same request id again queues nothing new.
 */
export type SendRequestQueue = (studioId: string, request: SendRequest) => Promise<SendRequestResult>;
