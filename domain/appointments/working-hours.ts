import { DateTime } from "luxon";
import { RebookError } from "../errors";
import { WEEKDAYS, type WeeklyHours } from "../model/studio";
import { localDatesOf } from "./staff-day-bookings";

type Interval = [start: number, end: number];

/** The staff member's working time on a local date as instant intervals, touching spans merged. */
const workingIntervals = (hours: WeeklyHours, date: string, timeZone: string): Interval[] => {
  const day = DateTime.fromISO(date, { zone: timeZone });
  const spans = hours[WEEKDAYS[day.weekday - 1]!] ?? [];
  const instant = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toMillis();
  const merged: Interval[] = [];
  for (const [start, end] of spans.map((span): Interval => [instant(span.from), instant(span.to)])) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
};

/**
 * True when every part of [startsAt, endsAt) lies in the staff member's weekly hours, on each local day it
 * touches (DST days included: local times are read in the studio's zone). A staff member without any hours
 * on record has none to keep: every time is within them.
 */
export const isWithinWorkingHours = (
  hours: WeeklyHours,
  startsAt: string,
  endsAt: string,
  timeZone: string,
): boolean => {
  if (Object.values(hours).every((spans) => spans === undefined || spans.length === 0)) return true;
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  return localDatesOf(startsAt, endsAt, timeZone).every((date) => {
    const dayStart = DateTime.fromISO(date, { zone: timeZone });
    const from = Math.max(start, dayStart.toMillis());
    const to = Math.min(end, dayStart.plus({ days: 1 }).toMillis());
    return workingIntervals(hours, date, timeZone).some(([open, close]) => open <= from && to <= close);
  });
};

/** Staff may book outside the hours only when they say so (the console asks "book anyway?"). */
export const assertWithinWorkingHours = (
  hours: WeeklyHours,
  appointment: { startsAt: string; endsAt: string },
  timeZone: string,
  outsideWorkingHours: boolean,
): void => {
  if (outsideWorkingHours || isWithinWorkingHours(hours, appointment.startsAt, appointment.endsAt, timeZone))
    return;
  throw new RebookError(
    "APPOINTMENT.OUTSIDE_WORKING_HOURS",
    "the time lies outside the staff member's working hours; send outsideWorkingHours: true to book it anyway",
  );
};
