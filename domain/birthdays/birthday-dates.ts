import { DateTime } from "luxon";

const isLeapYear = (year: number): boolean => DateTime.utc(year).isInLeapYear;

/** The date a birthday (`MM-DD`) is celebrated in a year: 29 February is greeted on 28 February in other years. */
export const celebratedOn = (monthDay: string, year: number): string =>
  `${year}-${monthDay === "02-29" && !isLeapYear(year) ? "02-28" : monthDay}`;

/** The birthdays (`MM-DD`) celebrated on a date: on 28 February of a common year, the 29th's too. */
export const monthDaysCelebratedOn = (date: string): string[] => {
  const monthDay = date.slice(5);
  return monthDay === "02-28" && !isLeapYear(Number(date.slice(0, 4))) ? ["02-28", "02-29"] : [monthDay];
};

/**
 * The dates a studio's run greets for: its today and tomorrow. A greeting is queued the day before (released
 * on the day, in the send windows), and a run that was missed is caught up on the day itself.
 */
export const greetingDates = (now: string, timeZone: string): string[] => {
  const today = DateTime.fromISO(now, { zone: timeZone }).startOf("day");
  return [today.toISODate()!, today.plus({ days: 1 }).toISODate()!];
};

/** Every studio's `greetingDates` at once, whatever its zone: UTC offsets run from −12 h to +14 h. */
export const greetingDatesAnywhere = (now: string): string[] => {
  const utc = DateTime.fromISO(now, { zone: "utc" });
  const last = utc.plus({ hours: 14, days: 1 }).toISODate()!;
  const dates: string[] = [];
  for (
    let day = utc.minus({ hours: 12 }).startOf("day");
    day.toISODate()! <= last;
    day = day.plus({ days: 1 })
  )
    dates.push(day.toISODate()!);
  return dates;
};

/** The instant a local date starts in the studio's zone: no greeting is released before it. */
export const startOfLocalDate = (date: string, timeZone: string): string =>
  DateTime.fromISO(date, { zone: timeZone }).toUTC().toISO()!;
