import { scheduledRun } from "./scheduled-run";

/** Every hour: the overdue scan and ReConnect's automatic work. */
export const { payload: overdueScanPayload, schema: overdueScanPayloadSchema } = scheduledRun("overdue-scan");
