import { type SendRunResult, sendDueMessages } from "../../domain/outbox/send-due-messages";
import { sendDueMessagesPayloadSchema } from "../../events/send-due-messages";
import { countOutcomes, logger, observed } from "../shared/observability";
import { senderContainer } from "../shared/sender-container";

const { deps, settings } = await senderContainer();
const send = sendDueMessages(deps, settings); // built once per cold start

/**
 * Every minute: sends the messages that are due, under leases. A malformed payload is permanent and is
 * dropped with an error log; any other failure propagates (the leases expire and the next run retries).
 */
export const handler = observed(async (event: unknown): Promise<SendRunResult | null> => {
  const payload = sendDueMessagesPayloadSchema.safeParse(event);
  if (!payload.success) {
    logger.error("dropped a malformed send-due-messages payload", { issues: payload.error.issues });
    return null;
  }
  const result = await send();
  logger.info("send run finished", { ...result });
  const { due: _due, ...outcomes } = result;
  countOutcomes("MessageSend", outcomes);
  return result;
});
