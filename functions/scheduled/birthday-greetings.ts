import { Logger } from "@aws-lambda-powertools/logger";
import { type BirthdayRunResult, birthdayGreetings } from "../../domain/birthdays/birthday-greetings";
import { birthdayGreetingsPayloadSchema } from "../../events/birthday-greetings";
import { container } from "../shared/container";
import { outboxSendRequests } from "../shared/outbox-send-requests";

const logger = new Logger({ serviceName: "rebook-birthday-greetings" });
const run = birthdayGreetings((await container(outboxSendRequests)).deps); // built once per cold start

/**
 * Daily: queues the birthday greetings of today and tomorrow in every studio that sends them. A malformed
 * payload is permanent and is dropped with an error log. When a studio's greetings failed, the others' are
 * queued and the run fails afterwards, so Lambda retries it (markers and fixed request ids make the retry
 * queue only what is left) and finally dead-letters it, which raises the alarm.
 */
export const handler = async (event: unknown): Promise<Omit<BirthdayRunResult, "failed"> | null> => {
  const payload = birthdayGreetingsPayloadSchema.safeParse(event);
  if (!payload.success) {
    logger.error("dropped a malformed birthday-greetings payload", { issues: payload.error.issues });
    return null;
  }
  const { failed, ...result } = await run();
  logger.info("birthday run finished", { ...result, failedStudios: failed.length });
  for (const { studioId, error } of failed)
    logger.error("a studio's birthday greetings failed", { studioId, error: error as Error });
  if (failed.length > 0) throw new Error(`the birthday greetings of ${failed.length} studio(s) failed`);
  return result;
};
