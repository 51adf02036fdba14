import { DateTime } from "luxon";
import { RebookError } from "../errors";
import { type Appointment, holdsSlot } from "../model/appointment";
import type { StaffDay } from "../ports/appointment-store";

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

export interface StaffDayKey {
  staffId: string;
  date: string;
}

/** The staff days whose time the appointment holds; none once it no longer holds time. */
export const heldDays = (appointment: Appointment | null, timeZone: string): StaffDayKey[] =>
  holdsTime(appointment)
    ? localDatesOf(appointment.startsAt, appointment.endsAt, timeZone).map((date) => ({
        staffId: appointment.staffId,
        date,
      }))
    : [];

/** True when the change leaves the held time as it was (e.g. booked → attended): no staff day changes. */
export const holdsSameTime = (before: Appointment | null, after: Appointment): boolean => {
  if (!holdsTime(before) || !holdsTime(after)) return holdsTime(before) === holdsTime(after);
  return (
    before.staffId === after.staffId && before.startsAt === after.startsAt && before.endsAt === after.endsAt
  );
};

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

export const withoutBooking = (day: StaffDay, appointmentId: string): StaffDay => {
  const { [appointmentId]: _removed, ...bookings } = day.bookings;
  return { ...day, bookings };
};

/** Adds the appointment to one of its staff days, refusing it if it overlaps another booking there. */
export const withBooking = (day: StaffDay, appointment: Appointment): StaffDay => {
  const clash = Object.entries(day.bookings).find(
    ([id, booking]) => id !== appointment.id && overlaps(booking, appointment),
  );
  if (clash !== undefined) {
    throw new RebookError(
      "APPOINTMENT.SLOT_TAKEN",
      `the staff member is booked from ${clash[1].startsAt} to ${clash[1].endsAt}`,
    );
  }
  return {
    ...day,
    bookings: {
      ...day.bookings,
      [appointment.id]: { startsAt: appointment.startsAt, endsAt: appointment.endsAt },
    },
  };
};
