import { noticeOf } from "../appointments/appointment-notices";
import type { Appointment } from "../model/appointment";
import type { AppointmentNotice, NoticePlan } from "../model/appointment-notice";
import type { AppointmentPolicy } from "../model/studio";

/** An online booking's time to pay ends: the notice run releases it if still unpaid. */
export const DEPOSIT_DUE_NOTICE = "deposit-due";
/** A paid deposit to pay back: the notice run refunds it at the provider, then tells the client. */
export const DEPOSIT_REFUND_NOTICE = "deposit-refund";
/** Staff asked for a deposit: the client is sent their booking's page, where they pay. */
export const DEPOSIT_REQUEST_NOTICE = "deposit-request";

/**
 * The deposit's notices an appointment change plans, in the change's own transaction: the end of an online
 * booking's time to pay (dropped once paid or cancelled), a refund once the deposit is to be paid back, and
 * the message asking for a deposit staff requested.
 */
export const planDepositNotices = (
  before: Appointment | null,
  after: Appointment,
  policy: Pick<AppointmentPolicy, "noticeChannel">,
  now: string,
): NoticePlan => {
  const deposit = after.deposit;
  const notice = (
    kind: string,
    templatePurpose: AppointmentNotice["templatePurpose"],
    dueAt: string,
  ): AppointmentNotice => ({
    ...noticeOf(after, kind, templatePurpose, policy.noticeChannel, dueAt),
    ...(deposit === undefined ? {} : { depositAmount: deposit.amount }),
  });
  const awaitsPayment = after.status === "pending_deposit" && deposit?.status === "requested";
  const put: AppointmentNotice[] = [];
  if (awaitsPayment && deposit.payBy !== null && before?.status !== "pending_deposit") {
    put.push(notice(DEPOSIT_DUE_NOTICE, "deposit_expired", deposit.payBy));
  }
  if (deposit?.status === "refunding" && before?.deposit?.status !== "refunding") {
    put.push(notice(DEPOSIT_REFUND_NOTICE, "deposit_refunded", now));
  }
  if (
    deposit?.status === "requested" &&
    deposit.payBy === null &&
    before?.deposit?.checkoutId !== deposit.checkoutId
  ) {
    put.push(notice(DEPOSIT_REQUEST_NOTICE, "deposit_request", now));
  }
  return {
    put,
    remove: before?.status === "pending_deposit" && !awaitsPayment ? [DEPOSIT_DUE_NOTICE] : [],
  };
};
