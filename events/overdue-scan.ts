import * as z from "zod/mini";

/**
 * The payload EventBridge Scheduler hands the overdue-scan Lambda every hour. The CDK schedule sends
 * exactly this constant; the handler checks it.
 */
export const OVERDUE_SCAN = "overdue-scan";

export const overdueScanPayloadSchema = z.strictObject({ kind: z.literal(OVERDUE_SCAN) });

export type OverdueScanPayload = z.infer<typeof overdueScanPayloadSchema>;

export const overdueScanPayload: OverdueScanPayload = { kind: OVERDUE_SCAN };
