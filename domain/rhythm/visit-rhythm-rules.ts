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
  typicalIntervalDays: null,
  dueAt: null,
  reviewAt: null,
  overdueSince: null,
  version: 0,
});

export const graceDaysFor = (intervalDays: number, configuredGraceDays: number | null): number =>
  configuredGraceDays ?? Math.max(7, Math.round(intervalDays * 0.2));

const localDay = (instant: string, timeZone: string): DateTime =>
  DateTime.fromISO(instant, { zone: timeZone }).startOf("day");

/** Median gap in calendar days between consecutive visits; null below three visits. */
export const medianGapDays = (visitStarts: readonly string[], timeZone: string): number | null => {
  if (visitStarts.length < VISITS_FOR_OWN_RHYTHM) return null;
  const days = [...visitStarts].sort().map((start) => localDay(start, timeZone));
  const gaps = days
    .slice(1)
    .map((day, index) => Math.round(day.diff(days[index]!, "days").days))
    .sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle]! : Math.round((gaps[middle - 1]! + gaps[middle]!) / 2);
};

const latest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

/** Re-derives interval, due time and review time from the visits and bookings the record holds. */
export const deriveRhythm = (rhythm: VisitRhythm, policy: RhythmPolicy): VisitRhythm => {
  const visits = Object.values(rhythm.attendedVisits);
  const typicalIntervalDays = medianGapDays(visits, policy.timeZone);
  const intervalDays = typicalIntervalDays ?? policy.categoryDefaultIntervalDays;
  const lastVisit = latest(visits);
  const dueAt =
    intervalDays === null || lastVisit === null
      ? null
      : DateTime.fromISO(lastVisit, { zone: policy.timeZone })
          .plus({ days: intervalDays + graceDaysFor(intervalDays, policy.graceDays) })
          .toUTC()
          .toISO();
  const lastBooking = latest(Object.values(rhythm.openBookings));
  const reviewAt =
    dueAt === null ? null : (latest(lastBooking === null ? [dueAt] : [dueAt, lastBooking]) ?? null);
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
  if (appointment.status === "attended") attendedVisits[appointment.id] = appointment.startsAt;
  if (appointment.status === "booked") openBookings[appointment.id] = appointment.startsAt;
  return deriveRhythm({ ...rhythm, attendedVisits, openBookings }, policy);
};
