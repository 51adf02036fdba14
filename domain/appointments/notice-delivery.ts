import { DEPOSIT_DUE_NOTICE, DEPOSIT_REFUND_NOTICE } from "../deposits/deposit-notices";
import { expireUnpaidDeposit, refundDeposit } from "../deposits/deposit-runs";
import { formatAppointmentTime } from "../messaging/appointment-time";
import { formatMoney } from "../messaging/money";
import { policyTextOf } from "../messaging/policy-text";
import type { AppointmentNotice } from "../model/appointment-notice";
import { appointmentPolicyOf, type Studio } from "../model/studio";
import { BAN_LIFTED_NOTICE, isBanned, ladderKey } from "../no-shows/escalation-ladder";
import type { Dependencies } from "../ports/dependencies";
import type { SendRequest } from "../ports/send-request-queue";
import { loadStudio } from "../studios/load-studio";
import { templateLocaleOf } from "../templates/template-locale";
import { SLOT_FREED_NOTICE } from "../waitlist/freed-slot";
import { type OfferDependencies, offerFreedSlot } from "../waitlist/offer-freed-slot";

export type NoticeDependencies = Pick<
  Dependencies,
  | "appointments"
  | "studios"
  | "onlineBooking"
  | "sendRequests"
  | "categories"
  | "projects"
  | "payments"
  | "clock"
>;

interface StudioContext {
  studio: Studio;
  policyText: string;
}

const isReminder = (notice: AppointmentNotice) => notice.templatePurpose === "reminder";

/**
 * The one request a notice becomes. Its id makes queuing it again (a retried run) a no-op: an event's notice
 * is once per appointment version, a reminder once per start it reminds of, so a reminder planned again for
 * the same start (moved away and back) is not sent twice.
 */
const requestOf = (notice: AppointmentNotice, { studio, policyText }: StudioContext): SendRequest => {
  const { startsAt, serviceName, depositAmount } = notice;
  const once = isReminder(notice) ? startsAt : notice.appointmentVersion;
  return {
    requestId: `notice.${notice.appointmentId}.${notice.kind}.${once}`,
    clientIds: [notice.clientId],
    templatePurpose: notice.templatePurpose,
    channelPolicy: notice.channelPolicy,
    values: {
      policyText,
      ...(startsAt === null || serviceName === null
        ? {}
        : { appointmentTime: formatAppointmentTime(startsAt, studio.timeZone, studio.locale), serviceName }),
      ...(depositAmount === undefined
        ? {}
        : { depositAmount: formatMoney(depositAmount, studio.currency, studio.locale) }),
    },
    ...(startsAt === null
      ? {}
      : { appointment: { id: notice.appointmentId, startsAt: isReminder(notice) ? startsAt : null } }),
  };
};

/** The notice that a ban ended is only told when that ban did end: not when staff lifted it, made it for good, or a later incident renewed it. */
const banStillEnds = async (deps: NoticeDependencies, notice: AppointmentNotice, now: string) => {
  if (notice.kind !== BAN_LIFTED_NOTICE) return true;
  const history = await deps.appointments.history(notice.studioId, notice.clientId);
  return history.onlineBan?.measure === ladderKey(notice.appointmentId) && !isBanned(history, now);
};

/**
 * Delivers notices at `now`: queues each in the outbox (unless it is the end of a ban that did not end; a
 * freed slot's notice becomes a round of waitlist offers, the end of a time to pay releases an unpaid
 * booking, a refund's notice refunds before it tells the client), then takes it off the due index
 * unless a later change replaced it meanwhile. A crash between the two queues it again next time, which the
 * request and offer ids make a no-op. The studio and its booking settings are read once per studio.
 */
export const noticeDelivery = (deps: NoticeDependencies & OfferDependencies, now: string) => {
  const studios = new Map<string, Promise<StudioContext>>();
  const contextOf = (studioId: string): Promise<StudioContext> => {
    if (!studios.has(studioId)) {
      const context = Promise.all([
        loadStudio(deps.studios, studioId),
        deps.onlineBooking.settings(studioId),
      ]).then(([studio, booking]) => ({
        studio,
        policyText: policyTextOf(
          appointmentPolicyOf(studio.settings).policyText,
          templateLocaleOf(studio),
          booking.cancellationCutoffHours,
        ),
      }));
      studios.set(studioId, context);
    }
    return studios.get(studioId)!;
  };
  const offer = offerFreedSlot(deps);
  const expire = expireUnpaidDeposit(deps);
  const refund = refundDeposit(deps);
  return async (notice: AppointmentNotice): Promise<void> => {
    const context = await contextOf(notice.studioId);
    const { studio } = context;
    if (notice.kind === SLOT_FREED_NOTICE) {
      const round = await offer(studio, notice, now);
      // The notice planned again for the next round is not the one removed below (its due time differs).
      if (round.nextRoundAt !== null)
        await deps.waitlist.planNextRound({ ...notice, dueAt: round.nextRoundAt });
    } else if (notice.kind === DEPOSIT_DUE_NOTICE) {
      await expire(studio, notice, now);
    } else {
      // A refund is made before its message is queued: a failed refund keeps the notice due, and is tried again.
      if (notice.kind === DEPOSIT_REFUND_NOTICE) await refund(studio, notice, now);
      if (await banStillEnds(deps, notice, now)) {
        await deps.sendRequests(notice.studioId, requestOf(notice, context));
      }
    }
    await deps.appointments.removeNotice(notice);
  };
};
