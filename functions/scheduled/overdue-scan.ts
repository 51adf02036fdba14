import {
  type ScheduledReconnectResult,
  scheduledReconnect,
} from "../../domain/reconnect/scheduled-reconnect";
import { overdueScanPayloadSchema } from "../../events/overdue-scan";
import { container } from "../shared/container";
import { countOutcomes, logger, observed } from "../shared/observability";
import { outboxSendRequests } from "../shared/outbox-send-requests";

const run = scheduledReconnect((await container(outboxSendRequests)).deps); // built once per cold start

/**
 * Hourly: derives again the categories whose default interval changed, flags the clients who fell out of
 * rhythm, then runs each studio's ReConnect work on its own (automatic first messages, due follow-ups). A
 * malformed payload is permanent and is dropped with an error log. When a studio's work failed, the others'
 * is done and the run fails afterwards, so Lambda retries it (the retry finds only what is left) and finally
 * dead-letters it, which raises the alarm.
 */
export const handler = observed(
  async (event: unknown): Promise<Omit<ScheduledReconnectResult, "failed"> | null> => {
    const payload = overdueScanPayloadSchema.safeParse(event);
    if (!payload.success) {
      logger.error("dropped a malformed overdue-scan payload", { issues: payload.error.issues });
      return null;
    }
    const { failed, ...result } = await run();
    logger.info("ReConnect run finished", { ...result, failedStudios: failed.length });
    countOutcomes("OverdueScan", { flagged: result.scan.flagged, skipped: result.scan.skipped });
    countOutcomes("ReconnectWork", {
      firstMessages: result.firstMessages,
      followUps: result.followUps,
      studiosFailed: failed.length,
    });
    for (const { studioId, error } of failed)
      logger.error("a studio's ReConnect work failed", { studioId, error: error as Error });
    if (failed.length > 0)
      throw new Error(`the ReConnect work of ${failed.length} studio(s) failed; it stays pending`);
    return result;
  },
);
