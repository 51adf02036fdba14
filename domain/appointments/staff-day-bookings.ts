import { DateTime } from "luxon";
import { RebookError } from "../errors";
import { type Appointment, holdsSlot } from "../model/appointment";
import type { StaffDay } from "../ports/appointment-store";

/** The studio-local date an appointment's staff day is filed under. */
export const localDateOf = (instant: string, timeZone: string): string =>
  DateTime.fromISO(instant, { zone: timeZone }).toISODate()!;

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

export const withoutBooking = (day: StaffDay, appointmentId: string): StaffDay => {
  const { [appointmentId]: _removed, ...bookings } = day.bookings;
  return { ...day, bookings };
};

/** Adds the appointment to its staff day, refusing it if it overlaps another booking there. */
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

export const holdsTime = (appointment: Appointment | null): appointment is Appointment =>
  appointment !== null && holdsSlot(appointment.status);
