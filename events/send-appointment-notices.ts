import { scheduledRun } from "./scheduled-run";

/** Every minute: appointment notices and reminders that are due go to the outbox. */
export const { payload: sendAppointmentNoticesPayload, schema: sendAppointmentNoticesPayloadSchema } =
  scheduledRun("send-appointment-notices");
