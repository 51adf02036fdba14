import * as z from "zod/mini";

/**
 * The payload EventBridge Scheduler hands the sender every minute (and the local scheduler likewise). The
 * CDK schedule sends exactly this constant; the handler checks it.
 */
export const SEND_DUE_MESSAGES = "send-due-messages";

export const sendDueMessagesPayloadSchema = z.strictObject({ kind: z.literal(SEND_DUE_MESSAGES) });

export type SendDueMessagesPayload = z.infer<typeof sendDueMessagesPayloadSchema>;

export const sendDueMessagesPayload: SendDueMessagesPayload = { kind: SEND_DUE_MESSAGES };
