import type { VisitRhythm } from "../model/visit-rhythm";

/*
 * When is a client overdue? The whole answer lives in this file and `visit-rhythm-rules.ts`, which derives
 * the times it compares:
 *
 * - `dueAt` = last visit + typical interval (or the category's default) + grace: the client fell out of rhythm.
 * - `reviewAt` = the same, counted from the latest open booking when that is later: a booking counts as the
 *   next visit, so nobody is overdue while in the chair or before staff marked the visit attended.
 * - overdue: `reviewAt` has passed and the client holds no booking in the category that is still to come.
 *   Only the overdue scan flags it (`overdueSince`); a booking or a visit clears it.
 * - booked: `dueAt` has passed but the client holds a booking (`bookedSince`): shown in the category's list
 *   as "booked for <service> on <date>", not counted as overdue.
 */

const latest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

/** The start of the client's most recent attended visit in the category; null before the first. */
export const lastVisitAt = (rhythm: VisitRhythm): string | null =>
  latest(Object.values(rhythm.attendedVisits));

/** True while the client holds a booking in the category that starts after `now`. */
export const hasFutureBooking = (rhythm: VisitRhythm, now: string): boolean =>
  Object.values(rhythm.openBookings).some((startsAt) => Date.parse(startsAt) > Date.parse(now));

/** A client is overdue once the review time has passed and no booking of the category is still to come. */
export const isOverdue = (rhythm: VisitRhythm, now: string): boolean =>
  rhythm.reviewAt !== null &&
  Date.parse(rhythm.reviewAt) <= Date.parse(now) &&
  !hasFutureBooking(rhythm, now);

/**
 * Past the due time with a booking, not overdue: the booking is still to come, or it passed and staff have
 * not marked it yet (the client becomes overdue only a full rhythm after it).
 */
export const isBooked = (rhythm: VisitRhythm, now: string): boolean =>
  rhythm.dueAt !== null &&
  Date.parse(rhythm.dueAt) <= Date.parse(now) &&
  Object.keys(rhythm.openBookings).length > 0 &&
  !isOverdue(rhythm, now);

/** The booking "booked for …" names: the soonest one still to come, else the latest one. */
export const nextBooking = (
  rhythm: VisitRhythm,
  now: string,
): { appointmentId: string; startsAt: string; serviceName: string } | null => {
  const bookings = Object.entries(rhythm.openBookings).sort(([, a], [, b]) => Date.parse(a) - Date.parse(b));
  const [appointmentId, startsAt] =
    bookings.find(([, start]) => Date.parse(start) > Date.parse(now)) ?? bookings.at(-1) ?? [];
  if (appointmentId === undefined || startsAt === undefined) return null;
  return { appointmentId, startsAt, serviceName: rhythm.bookedServices?.[appointmentId] ?? "" };
};

/**
 * The rhythm's standing at `now` after a change (a booking, a visit, a correction): an overdue flag stays
 * only while the client is still overdue; a client past due with a booking to come is booked. Flagging a
 * client overdue is the scan's alone (`flaggedOverdue`).
 */
export const settledStatus = (rhythm: VisitRhythm, now: string): VisitRhythm => {
  const booked = isBooked(rhythm, now);
  return {
    ...rhythm,
    overdueSince: rhythm.overdueSince !== null && isOverdue(rhythm, now) ? rhythm.overdueSince : null,
    bookedSince: booked ? (rhythm.bookedSince ?? now) : null,
  };
};

/** The scan's decision for a rhythm whose time came: flagged overdue, booked, or left waiting. */
export const flaggedOverdue = (rhythm: VisitRhythm, now: string): VisitRhythm => {
  const settled = settledStatus(rhythm, now);
  return isOverdue(settled, now) && settled.overdueSince === null
    ? { ...settled, overdueSince: now }
    : settled;
};

/**
 * When the scan should look at the rhythm next; null keeps it out of the scan's index. A waiting client with
 * a booking is looked at when they become due (to show them as booked), everyone else when they may become
 * overdue.
 */
export const scanTimeOf = (rhythm: VisitRhythm): string | null => {
  if (rhythm.reviewAt === null || rhythm.overdueSince !== null) return null;
  const waitingWithBooking =
    rhythm.bookedSince === null && Object.keys(rhythm.openBookings).length > 0 && rhythm.dueAt !== null;
  return waitingWithBooking && Date.parse(rhythm.dueAt!) < Date.parse(rhythm.reviewAt)
    ? rhythm.dueAt
    : rhythm.reviewAt;
};
