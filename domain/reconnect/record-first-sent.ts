import type { OutboxMessage } from "../model/outbox-message";
import type { Dependencies } from "../ports/dependencies";

/** When a ReConnect first message went out, its campaign records the send time (once; the queue time stays). */
export const recordFirstSent =
  ({ reconnect }: Pick<Dependencies, "reconnect">) =>
  async (message: OutboxMessage, at: string): Promise<void> => {
    if (message.templatePurpose !== "reconnect_first" || message.categoryId === null) return;
    await reconnect.recordFirstSent(message.studioId, message.clientId, message.categoryId, at);
  };
