import { Logger } from "@aws-lambda-powertools/logger";
import { automaticFirstSend } from "../../domain/reconnect/automatic-first-send";
import { type OverdueScanResult, scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { sendReconnectFollowUps } from "../../domain/reconnect/send-follow-ups";
import { overdueScanPayloadSchema } from "../../events/overdue-scan";
import { container } from "../shared/container";

const logger = new Logger({ serviceName: "rebook-overdue-scan" });
const { deps } = await container(); // built once per cold start
const firstSend = automaticFirstSend(deps);
const followUps = sendReconnectFollowUps(deps);

/**
 * Hourly: flags the clients who fell out of rhythm since the last run, queues the first ReConnect message
 * where a studio sends it automatically, then the follow-ups that have fallen due. A malformed payload is
 * permanent and is dropped with an error log; any other failure propagates, so Lambda retries and
 * dead-letters it (every step is idempotent).
 */
export const handler = async (event: unknown): Promise<OverdueScanResult | null> => {
  const payload = overdueScanPayloadSchema.safeParse(event);
  if (!payload.success) {
    logger.error("dropped a malformed overdue-scan payload", { issues: payload.error.issues });
    return null;
  }
  const flagged: { studioId: string; categoryId: string }[] = [];
  const result = await scanOverdueClients(deps, (rhythm) => flagged.push(rhythm))();
  logger.info("overdue scan finished", { ...result });
  logger.info("automatic first messages", { ...(await firstSend(flagged)) });
  logger.info("ReConnect follow-ups", { ...(await followUps()) });
  return result;
};
