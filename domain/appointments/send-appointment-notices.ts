import type { AppointmentNotice } from "../model/appointment-notice";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { OfferDependencies } from "../waitlist/offer-freed-slot";
import { type NoticeDependencies, noticeDelivery } from "./notice-delivery";

export interface NoticeFailure {
  notice: AppointmentNotice;
  error: unknown;
}

export interface NoticeRunResult {
  due: number;
  queued: number;
  /** Notices that could not be queued: they stay due for the next run. */
  failed: NoticeFailure[];
}

/** Notices queued at once: enough to hide latency, few enough to share one studio's send rate. */
const NOTICES_IN_FLIGHT = 8;

/**
 * Every minute: delivers the appointment notices and reminders that are due (`noticeDelivery`). A reminder
 * whose appointment moved after it was queued is dropped by the sender. A notice that fails stays due; the
 * others go on.
 */
export const sendAppointmentNotices =
  (deps: NoticeDependencies & OfferDependencies) => async (): Promise<NoticeRunResult> => {
    const now = deps.clock();
    const deliver = noticeDelivery(deps, now);
    const result: NoticeRunResult = { due: 0, queued: 0, failed: [] };
    for await (const page of deps.appointments.dueNotices(now)) {
      result.due += page.length;
      await forEachBounded(page, NOTICES_IN_FLIGHT, async (notice) => {
        try {
          await deliver(notice);
          result.queued += 1;
        } catch (error) {
          result.failed.push({ notice, error });
        }
      });
    }
    return result;
  };
