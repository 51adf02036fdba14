import { DateTime } from "luxon";
import { RebookError } from "../errors";
import { type Appointment, holdsSlot } from "../model/appointment";
import type { HeldTime, StaffDay } from "../ports/appointment-store";

/** The studio-local date an instant falls on. */
export const localDateOf = (instant: string, timeZone: string): string =>
  DateTime.fromISO(instant, { zone: timeZone }).toISODate()!;

/** Every studio-local date the span [startsAt, endsAt) touches: one, or more across midnight. */
export const localDatesOf = (startsAt: string, endsAt: string, timeZone: string): string[] => {
  const end = DateTime.fromISO(endsAt, { zone: timeZone }).minus({ milliseconds: 1 });
  const dates: string[] = [];
  for (
    let day = DateTime.fromISO(startsAt, { zone: timeZone }).startOf("day");
    day <= end;
    day = day.plus({ days: 1 })
  ) {
    dates.push(day.toISODate()!);
  }
  return dates;
};

export const holdsTime = (appointment: Appointment | null): appointment is Appointment =>
  appointment !== null && holdsSlot(appointment.status);

const MINUTE = 60_000;
const shifted = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * MINUTE).toISOString();

/** The staff member's time an appointment takes: its own, widened by the service's buffers. */
export const heldTimeOf = (
  appointment: Pick<Appointment, "startsAt" | "endsAt" | "bufferBeforeMinutes" | "bufferAfterMinutes">,
): HeldTime => ({
  startsAt: shifted(appointment.startsAt, -appointment.bufferBeforeMinutes),
  endsAt: shifted(appointment.endsAt, appointment.bufferAfterMinutes),
});

export interface StaffDayKey {
  staffId: string;
  date: string;
}

/** The staff days whose time the appointment holds; none once it no longer holds time. */
export const heldDays = (appointment: Appointment | null, timeZone: string): StaffDayKey[] => {
  if (!holdsTime(appointment)) return [];
  const held = heldTimeOf(appointment);
  return localDatesOf(held.startsAt, held.endsAt, timeZone).map((date) => ({
    staffId: appointment.staffId,
    date,
  }));
};

/** True when the change leaves the held time as it was (e.g. booked → attended): no staff day changes. */
export const holdsSameTime = (before: Appointment | null, after: Appointment): boolean => {
  if (!holdsTime(before) || !holdsTime(after)) return holdsTime(before) === holdsTime(after);
  const [was, is] = [heldTimeOf(before), heldTimeOf(after)];
  return before.staffId === after.staffId && was.startsAt === is.startsAt && was.endsAt === is.endsAt;
};

export const overlaps = (a: HeldTime, b: HeldTime) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Whether a held time still holds at `now`: appointments always, holds until they lapse. */
export const isHeldAt = (held: HeldTime, now: string): boolean =>
  held.lapsesAt === undefined || Date.parse(held.lapsesAt) > Date.parse(now);

/** The day without the given appointments or holds, and without the holds that lapsed by `now`. */
export const withoutBooking = (day: StaffDay, now: string, ...ids: string[]): StaffDay => ({
  ...day,
  bookings: Object.fromEntries(
    Object.entries(day.bookings).filter(([id, held]) => !ids.includes(id) && isHeldAt(held, now)),
  ),
});

/**
 * Adds an appointment's held time (or a hold, with `lapsesAt`) to one of its staff days, refusing it if it
 * overlaps anything held there at `now`.
 */
export const withBooking = (day: StaffDay, id: string, held: HeldTime, now: string): StaffDay => {
  const clash = Object.entries(day.bookings).find(
    ([otherId, other]) => otherId !== id && isHeldAt(other, now) && overlaps(other, held),
  );
  if (clash !== undefined) {
    throw new RebookError(
      "APPOINTMENT.SLOT_TAKEN",
      `the staff member's time is taken from ${clash[1].startsAt} to ${clash[1].endsAt}`,
    );
  }
  return { ...day, bookings: { ...day.bookings, [id]: held } };
};
