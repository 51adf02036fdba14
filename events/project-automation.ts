import { scheduledRun } from "./scheduled-run";

/** Every hour: the studios' project automation (closing unanswered requests, aftercare messages). */
export const { payload: projectAutomationPayload, schema: projectAutomationPayloadSchema } =
  scheduledRun("project-automation");
