import { Logger } from "@aws-lambda-powertools/logger";
import { type OverdueScanResult, scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { overdueScanPayloadSchema } from "../../events/overdue-scan";
import { container } from "../shared/container";

const logger = new Logger({ serviceName: "rebook-overdue-scan" });
const scan = scanOverdueClients(container()); // built once per cold start

/**
 * Hourly: flags the clients who fell out of rhythm since the last run. A malformed payload is permanent
 * and is dropped with an error log; any other failure propagates, so Lambda retries and dead-letters it.
 */
export const handler = async (event: unknown): Promise<OverdueScanResult | null> => {
  const payload = overdueScanPayloadSchema.safeParse(event);
  if (!payload.success) {
    logger.error("dropped a malformed overdue-scan payload", { issues: payload.error.issues });
    return null;
  }
  const result = await scan();
  logger.info("overdue scan finished", { ...result });
  return result;
};
