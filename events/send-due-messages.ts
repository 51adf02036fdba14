import { scheduledRun } from "./scheduled-run";

/** Every minute: the sender. */
export const { payload: sendDueMessagesPayload, schema: sendDueMessagesPayloadSchema } =
  scheduledRun("send-due-messages");
