import { DateTime } from "luxon";
import { RebookError } from "../errors";
import type { Staff } from "../model/catalog";
import { type TimeSpan, WEEKDAYS } from "../model/studio";
import { localDatesOf } from "./staff-day-bookings";

export type Interval = [start: number, end: number];

/** What decides when a staff member works. */
export type WorkingStaff = Pick<Staff, "workingHours" | "timeOff" | "dateOverrides">;

/**
 * The staff member's hours on a local date: none when the studio is closed or they are away; a date's
 * override replaces the weekly hours.
 */
export const hoursOn = (staff: WorkingStaff, date: string, closedDates: ReadonlySet<string>): TimeSpan[] => {
  if (closedDates.has(date)) return [];
  if (staff.timeOff.some((away) => away.from <= date && date <= away.to)) return [];
  const weekday = WEEKDAYS[DateTime.fromISO(date).weekday - 1]!;
  return staff.dateOverrides[date] ?? staff.workingHours[weekday] ?? [];
};

/** The staff member's working time on a local date as instant intervals (milliseconds), touching spans merged. */
export const workingIntervals = (
  staff: WorkingStaff,
  date: string,
  timeZone: string,
  closedDates: ReadonlySet<string>,
): Interval[] => {
  const instant = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toMillis();
  const merged: Interval[] = [];
  const spans = hoursOn(staff, date, closedDates)
    .map((span): Interval => [instant(span.from), instant(span.to)])
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
};

const hasHoursOnRecord = (staff: WorkingStaff): boolean =>
  Object.values(staff.workingHours).some((spans) => spans !== undefined && spans.length > 0) ||
  Object.keys(staff.dateOverrides).length > 0;

/**
 * True when every part of [startsAt, endsAt) lies in the staff member's hours, on each local day it touches
 * (DST days included: local times are read in the studio's zone), away days and closed days counting as no
 * hours. A staff member without any hours on record has none to keep: every time is within them.
 */
export const isWithinWorkingHours = (
  staff: WorkingStaff,
  closedDates: ReadonlySet<string>,
  startsAt: string,
  endsAt: string,
  timeZone: string,
): boolean => {
  if (!hasHoursOnRecord(staff)) return true;
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  return localDatesOf(startsAt, endsAt, timeZone).every((date) => {
    const dayStart = DateTime.fromISO(date, { zone: timeZone });
    const from = Math.max(start, dayStart.toMillis());
    const to = Math.min(end, dayStart.plus({ days: 1 }).toMillis());
    return workingIntervals(staff, date, timeZone, closedDates).some(
      ([open, close]) => open <= from && to <= close,
    );
  });
};

/** Staff may book outside the hours only when they say so (the console asks "book anyway?"). */
export const assertWithinWorkingHours = (
  staff: WorkingStaff,
  closedDates: ReadonlySet<string>,
  appointment: { startsAt: string; endsAt: string },
  timeZone: string,
  outsideWorkingHours: boolean,
): void => {
  if (
    outsideWorkingHours ||
    isWithinWorkingHours(staff, closedDates, appointment.startsAt, appointment.endsAt, timeZone)
  )
    return;
  throw new RebookError(
    "APPOINTMENT.OUTSIDE_WORKING_HOURS",
    "the time lies outside the staff member's working hours (or a day off); send outsideWorkingHours: true to book it anyway",
  );
};
