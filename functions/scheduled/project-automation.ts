import { type ProjectAutomationResult, runProjectAutomation } from "../../domain/projects/project-automation";
import { projectAutomationPayloadSchema } from "../../events/project-automation";
import { container } from "../shared/container";
import { countOutcomes, logger, observed } from "../shared/observability";
import { outboxSendRequests } from "../shared/outbox-send-requests";

const run = runProjectAutomation((await container(outboxSendRequests)).deps); // built once per cold start

/**
 * Hourly: each studio's project automation. A malformed payload is permanent and is dropped with an error
 * log. When a studio's work failed, the others' is done and the run fails afterwards, so Lambda retries it
 * (every step is idempotent) and finally dead-letters it, which raises the alarm.
 */
export const handler = observed(
  async (event: unknown): Promise<Omit<ProjectAutomationResult, "failed"> | null> => {
    const payload = projectAutomationPayloadSchema.safeParse(event);
    if (!payload.success) {
      logger.error("dropped a malformed project-automation payload", { issues: payload.error.issues });
      return null;
    }
    const { failed, ...result } = await run();
    logger.info("project automation run finished", { ...result, failedStudios: failed.length });
    countOutcomes("ProjectAutomation", {
      closed: result.closed,
      aftercare: result.aftercare,
      studiosFailed: failed.length,
    });
    for (const { studioId, error } of failed)
      logger.error("a studio's project automation failed", { studioId, error: error as Error });
    if (failed.length > 0)
      throw new Error(`the project automation of ${failed.length} studio(s) failed; it stays pending`);
    return result;
  },
);
