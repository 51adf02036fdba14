import { notFound } from "../errors";
import type { Dependencies } from "../ports/dependencies";
import type { Page, PageRequest } from "../ports/page";
import type { MessageStatus, OutboxMessage } from "./outbox-message";

/** A message as staff see it: no lease internals, no signed unsubscribe URL, one `reason` for skip or failure. */
export type MessageView = Omit<
  OutboxMessage,
  "attemptId" | "leaseUntil" | "unsubscribeUrl" | "sendWindows" | "timeZone"
> & { reason: string | null };

export const messageView = (message: OutboxMessage): MessageView => {
  const { attemptId, leaseUntil, unsubscribeUrl, sendWindows, timeZone, ...visible } = message;
  return { ...visible, reason: message.skipReason ?? message.failureReason };
};

/** The studio's messages in one status, most recently changed first (e.g. the failed ones, with why). */
export const listMessages =
  (deps: Pick<Dependencies, "outbox">) =>
  async (studioId: string, status: MessageStatus, page: PageRequest): Promise<Page<MessageView>> => {
    const { items, nextCursor } = await deps.outbox.listByStatus(studioId, status, page);
    return { items: items.map(messageView), nextCursor };
  };

/** One of the studio's messages; another studio's is not found. */
export const loadMessage =
  (deps: Pick<Dependencies, "outbox">) =>
  async (studioId: string, messageId: string): Promise<MessageView> => {
    const message = await deps.outbox.get(studioId, messageId);
    if (message === null) throw notFound("MESSAGE.NOT_FOUND", messageId);
    return messageView(message);
  };
