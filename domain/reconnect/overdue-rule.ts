import type { VisitRhythm } from "../model/visit-rhythm";

const latest = (instants: readonly string[]): string | null =>
  instants.length === 0 ? null : instants.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

/** The start of the client's most recent attended visit in the category; null before the first. */
export const lastVisitAt = (rhythm: VisitRhythm): string | null =>
  latest(Object.values(rhythm.attendedVisits));

/** True while the client holds a booking in the category that starts after `now`. */
export const hasFutureBooking = (rhythm: VisitRhythm, now: string): boolean =>
  Object.values(rhythm.openBookings).some((startsAt) => Date.parse(startsAt) > Date.parse(now));

/**
 * A client is overdue in a category once the review time derived from their rhythm has passed and they
 * hold no booking in it that is still to come. A rhythm that is not evaluated (no review time) never is.
 */
export const isOverdue = (rhythm: VisitRhythm, now: string): boolean =>
  rhythm.reviewAt !== null &&
  Date.parse(rhythm.reviewAt) <= Date.parse(now) &&
  !hasFutureBooking(rhythm, now);
