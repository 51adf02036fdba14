import { DateTime } from "luxon";
import type { Appointment } from "../model/appointment";
import type { AppointmentNotice, NoticePlan } from "../model/appointment-notice";
import type { AppointmentPolicy, ReminderOffset } from "../model/studio";
import { holdsSameTime } from "./staff-day-bookings";

/** Reminders never go out from 21:00 to 08:00 studio time; one due then goes at 20:00 the evening before. */
const QUIET_FROM_HOUR = 21;
const QUIET_UNTIL_HOUR = 8;
const EARLIER_HOUR = 20;

export const reminderKind = (offset: ReminderOffset): string =>
  `reminder-${offset.hoursBefore}h-${offset.channel}`;

/**
 * When a reminder `hoursBefore` the start is due, in real hours (a DST night has 23 or 25), moved earlier out
 * of the quiet hours of the studio's zone.
 */
export const reminderDueAt = (startsAt: string, hoursBefore: number, timeZone: string): string => {
  const due = DateTime.fromISO(startsAt, { zone: timeZone }).minus({ hours: hoursBefore });
  if (due.hour >= QUIET_FROM_HOUR)
    return due.set({ hour: EARLIER_HOUR, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO()!;
  if (due.hour < QUIET_UNTIL_HOUR) {
    return due
      .minus({ days: 1 })
      .set({ hour: EARLIER_HOUR, minute: 0, second: 0, millisecond: 0 })
      .toUTC()
      .toISO()!;
  }
  return due.toUTC().toISO()!;
};

/** A notice of the appointment as it now is, planned for its current version. */
export const noticeOf = (
  appointment: Appointment,
  kind: string,
  templatePurpose: AppointmentNotice["templatePurpose"],
  channelPolicy: AppointmentNotice["channelPolicy"],
  dueAt: string,
): AppointmentNotice => ({
  studioId: appointment.studioId,
  appointmentId: appointment.id,
  clientId: appointment.clientId,
  kind,
  templatePurpose,
  channelPolicy,
  dueAt,
  appointmentVersion: appointment.version,
  startsAt: appointment.startsAt,
  serviceName: appointment.serviceName,
});

const EVENT_PURPOSE = {
  booked: "confirmation",
  rescheduled: "rescheduled",
  cancelled: "cancellation",
  released: "deposit_expired",
} as const;
type NoticeEvent = keyof typeof EVENT_PURPOSE;

/**
 * The event a change is for the client: a new booking (or one whose deposit was paid), a move, a
 * cancellation, a booking released unpaid, or none they need told. A booking waiting for its deposit is told
 * nothing yet: the client is on the payment page.
 */
const eventOf = (before: Appointment | null, after: Appointment): NoticeEvent | null => {
  if (after.status === "booked") {
    if (before === null || before.status === "pending_deposit") return "booked";
    return before.status === "booked" && !holdsSameTime(before, after) ? "rescheduled" : null;
  }
  if (after.status !== "cancelled") return null;
  if (before?.status === "pending_deposit" && after.deposit?.status === "expired") return "released";
  return before?.status === "booked" || before?.status === "pending_deposit" ? "cancelled" : null;
};

/**
 * The notices an appointment change plans: the event's notice at once (its own kind, so a cancellation does
 * not replace an unsent booking notice), and for a booked appointment whose time was set the reminders still
 * ahead; an appointment that no longer waits for its client drops the reminders. Reminders of offsets the
 * studio no longer uses are not dropped here: the sender voids them once the appointment moved.
 */
export const planNotices = (
  before: Appointment | null,
  after: Appointment,
  policy: AppointmentPolicy,
  timeZone: string,
  now: string,
): NoticePlan => {
  const reminderKinds = policy.reminders.map(reminderKind);
  // An appointment entered or changed after its start (the books kept up to date) tells the client nothing.
  if (Date.parse(after.startsAt) <= Date.parse(now)) return { put: [], remove: reminderKinds };
  const event = eventOf(before, after);
  const notice = (
    kind: string,
    template: AppointmentNotice["templatePurpose"],
    channelPolicy: AppointmentNotice["channelPolicy"],
    dueAt: string,
  ) => noticeOf(after, kind, template, channelPolicy, dueAt);
  const put: AppointmentNotice[] =
    event === null ? [] : [notice(event, EVENT_PURPOSE[event], policy.noticeChannel, now)];
  if (after.status !== "booked") return { put, remove: reminderKinds };
  if (event === null) return { put, remove: [] };
  const ahead = policy.reminders
    .map((offset) => ({ offset, dueAt: reminderDueAt(after.startsAt, offset.hoursBefore, timeZone) }))
    .filter(({ dueAt }) => Date.parse(dueAt) > Date.parse(now));
  return {
    put: [
      ...put,
      ...ahead.map(({ offset, dueAt }) => notice(reminderKind(offset), "reminder", offset.channel, dueAt)),
    ],
    remove: reminderKinds.filter((kind) => !ahead.some(({ offset }) => reminderKind(offset) === kind)),
  };
};
