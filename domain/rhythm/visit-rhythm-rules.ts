import { DateTime } from "luxon";
import type { Appointment } from "../model/appointment";
import type { VisitRhythm } from "../model/visit-rhythm";

/** Attended visits needed before a client's own rhythm is trusted. */
export const VISITS_FOR_OWN_RHYTHM = 3;

export interface RhythmPolicy {
  /** The studio's IANA zone: intervals are counted in its calendar days. */
  timeZone: string;
  /** The studio's grace in days; null = max(7 days, 20 % of the interval). */
  graceDays: number | null;
  /** The category's interval for clients with fewer than three visits; null = not evaluated. */
  categoryDefaultIntervalDays: number | null;
}

export const emptyRhythm = (studioId: string, clientId: string, categoryId: string): VisitRhythm => ({
  studioId,
  clientId,
  categoryId,
  attendedVisits: {},
  openBookings: {},
  bookedServices: {},
  typicalIntervalDays: null,
  dueAt: null,
  reviewAt: null,
  overdueSince: null,
  bookedSince: null,
  version: 0,
});

export const graceDaysFor = (intervalDays: number, configuredGraceDays: number | null): number =>
  configuredGraceDays ?? Math.max(7, Math.round(intervalDays * 0.2));

const localDay = (instant: string, timeZone: string): DateTime =>
  DateTime.fromISO(instant, { zone: timeZone }).startOf("day");

/**
 * Median gap in calendar days between visit days; null below three visit days. Two appointments on one
 * day (a cut and a colour) are one visit.
 */
export const medianGapDays = (visitStarts: readonly string[], timeZone: string): number | null => {
  const days = [...new Set(visitStarts.map((start) => localDay(start, timeZone).toMillis()))]
    .sort((a, b) => a - b)
    .map((millis) => DateTime.fromMillis(millis, { zone: timeZone }));
  if (days.length < VISITS_FOR_OWN_RHYTHM) return null;
  const gaps = days
    .slice(1)
    .map((day, index) => Math.round(day.diff(days[index]!, "days").days))
    .sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle]! : Math.round((gaps[middle - 1]! + gaps[middle]!) / 2);
};

const latest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

const plusRhythm = (instant: string, intervalDays: number, policy: RhythmPolicy): string =>
  DateTime.fromISO(instant, { zone: policy.timeZone })
    .plus({ days: intervalDays + graceDaysFor(intervalDays, policy.graceDays) })
    .toUTC()
    .toISO()!;

/**
 * Re-derives interval, due time and review time from the visits and bookings the record holds. An open
 * booking counts as the next visit: the client is reviewed one interval plus grace after it, so nobody
 * is flagged overdue while in the chair, nor because staff have not yet marked the visit attended.
 */
export const deriveRhythm = (rhythm: VisitRhythm, policy: RhythmPolicy): VisitRhythm => {
  const visits = Object.values(rhythm.attendedVisits);
  const typicalIntervalDays = medianGapDays(visits, policy.timeZone);
  const intervalDays = typicalIntervalDays ?? policy.categoryDefaultIntervalDays;
  const lastVisit = latest(visits);
  const lastBooking = latest(Object.values(rhythm.openBookings));
  const dueAt =
    intervalDays === null || lastVisit === null ? null : plusRhythm(lastVisit, intervalDays, policy);
  const reviewAt =
    dueAt === null || lastBooking === null
      ? dueAt
      : latest([dueAt, plusRhythm(lastBooking, intervalDays!, policy)]);
  return {
    ...rhythm,
    typicalIntervalDays,
    dueAt,
    reviewAt,
    overdueSince: reviewAt === rhythm.reviewAt ? rhythm.overdueSince : null,
  };
};

/** Folds one appointment's current state into the rhythm of its category. */
export const recordAppointment = (
  rhythm: VisitRhythm,
  appointment: Appointment,
  policy: RhythmPolicy,
): VisitRhythm => {
  const { [appointment.id]: _visit, ...attendedVisits } = rhythm.attendedVisits;
  const { [appointment.id]: _booking, ...openBookings } = rhythm.openBookings;
  const { [appointment.id]: _service, ...bookedServices } = rhythm.bookedServices ?? {};
  if (appointment.status === "attended") attendedVisits[appointment.id] = appointment.startsAt;
  if (appointment.status === "booked") {
    openBookings[appointment.id] = appointment.startsAt;
    bookedServices[appointment.id] = appointment.serviceName;
  }
  return deriveRhythm({ ...rhythm, attendedVisits, openBookings, bookedServices }, policy);
};
