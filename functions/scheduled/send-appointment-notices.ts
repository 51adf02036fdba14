import {
  type NoticeRunResult,
  sendAppointmentNotices,
} from "../../domain/appointments/send-appointment-notices";
import { sendAppointmentNoticesPayloadSchema } from "../../events/send-appointment-notices";
import { container } from "../shared/container";
import { countOutcomes, logger, observed } from "../shared/observability";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { paymentsOf } from "../shared/payments-container";

// Built once per cold start. Payments: the run refunds deposits to be paid back.
const { deps, environment } = await container(outboxSendRequests);
const run = sendAppointmentNotices({ ...deps, payments: await paymentsOf(environment) });

/**
 * Every minute: the appointment notices and reminders that are due go to the outbox. A malformed payload is
 * permanent and is dropped with an error log. When a notice failed, the others are queued and the run fails
 * afterwards, so Lambda retries it (the retry finds only what is left) and finally dead-letters it, which
 * raises the alarm.
 */
export const handler = observed(async (event: unknown): Promise<Omit<NoticeRunResult, "failed"> | null> => {
  const payload = sendAppointmentNoticesPayloadSchema.safeParse(event);
  if (!payload.success) {
    logger.error("dropped a malformed send-appointment-notices payload", { issues: payload.error.issues });
    return null;
  }
  const { failed, ...result } = await run();
  logger.info("appointment notice run finished", { ...result, failed: failed.length });
  countOutcomes("AppointmentNotices", { queued: result.queued, failed: failed.length });
  for (const { notice, error } of failed)
    logger.error("an appointment notice could not be queued", {
      studioId: notice.studioId,
      appointmentId: notice.appointmentId,
      kind: notice.kind,
      error: error as Error,
    });
  if (failed.length > 0) throw new Error(`${failed.length} appointment notice(s) failed; they stay due`);
  return result;
});
