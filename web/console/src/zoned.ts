import { DateTime } from "luxon";

/** Local dates (`2027-03-10`) and times (`09:30`) of the studio's zone, and the instants they name. */
export const todayIn = (zone: string) => DateTime.now().setZone(zone).toISODate()!;

export const addDays = (date: string, days: number) => DateTime.fromISO(date).plus({ days }).toISODate()!;

export const instantOf = (date: string, time: string, zone: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO({ suppressMilliseconds: true })!;

export const localDateOf = (instant: string, zone: string) =>
  DateTime.fromISO(instant, { zone }).toISODate()!;

export const localTimeOf = (instant: string, zone: string) =>
  DateTime.fromISO(instant, { zone }).toFormat("HH:mm");

/**
 * The wall-clock minutes of an instant on a local date's calendar (beyond 1440 for the next day), as the
 * calendar's hour lines and working hours count them: on a DST day 10:00 is 600, not the 540 or 660
 * minutes that have elapsed since midnight.
 */
export const minutesFrom = (date: string, instant: string, zone: string) => {
  const local = DateTime.fromISO(instant, { zone });
  const days = DateTime.fromISO(local.toISODate()!, { zone: "utc" }).diff(
    DateTime.fromISO(date, { zone: "utc" }),
    "days",
  ).days;
  return days * 1440 + local.hour * 60 + local.minute;
};

export const minutesOfTime = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
};

export const timeOfMinutes = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
