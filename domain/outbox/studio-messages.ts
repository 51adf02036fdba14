import { notFound } from "../errors";
import type { OutboxMessage } from "../model/outbox-message";
import type { Dependencies } from "../ports/dependencies";
import type { MessageFilter } from "../ports/outbox";
import type { Page, PageRequest } from "../ports/page";

/** A message as staff see it: no lease internals, no signed unsubscribe URL, one `reason` for skip or failure. */
export type MessageView = Omit<
  OutboxMessage,
  "attemptId" | "leaseUntil" | "unsubscribeUrl" | "sendWindows" | "timeZone"
> & { reason: string | null };

export const messageView = (message: OutboxMessage): MessageView => {
  const { attemptId, leaseUntil, unsubscribeUrl, sendWindows, timeZone, ...visible } = message;
  return { ...visible, reason: message.skipReason ?? message.failureReason };
};

/**
 * The studio's messages, newest first, optionally of one status (failed and skipped are lists of their own,
 * the ones ended last first), one client, one template purpose or one ReConnect category. A filtered page
 * may hold fewer messages than the limit: only a null cursor ends the list.
 */
export const listMessages =
  (deps: Pick<Dependencies, "outbox">) =>
  async (studioId: string, filter: MessageFilter, page: PageRequest): Promise<Page<MessageView>> => {
    const { items, nextCursor } = await deps.outbox.list(studioId, filter, page);
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
