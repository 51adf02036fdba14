import { DateTime, IANAZone } from "luxon";
import { validationError } from "../errors";
import { type SendWindow, WEEKDAYS, type Weekday } from "../model/studio";
import type { Purpose } from "./consent";

export type { SendWindow };

/** Marketing never goes out before 08:00 or from 21:00 local time, whatever the studio configured. */
const MARKETING_FROM = 8 * 60;
const MARKETING_TO = 21 * 60;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Weekly windows repeat after 7 days; one more week covers a window lost to a DST gap. */
const SEARCH_DAYS = 15;

interface Span {
  days: ReadonlySet<Weekday> | null;
  /** Minutes since local midnight; `to` exclusive. */
  from: number;
  to: number;
}

const minutesOf = (time: string, field: string, allowEndOfDay: boolean): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (match !== null) return Number(match[1]) * 60 + Number(match[2]);
  if (allowEndOfDay && time === "24:00") return 24 * 60;
  throw validationError(field, `"${time}" is not a time of day (HH:mm)`);
};

const spanOf = (window: SendWindow, index: number, field = "sendWindows"): Span => {
  const from = minutesOf(window.from, `${field}.${index}.from`, false);
  const to = minutesOf(window.to, `${field}.${index}.to`, true);
  if (from >= to) throw validationError(`${field}.${index}.to`, `a window must end after it starts`);
  return { days: window.days === undefined ? null : new Set(window.days), from, to };
};

/**
 * Refuses a window that is not HH:mm or ends before it starts, and windows that leave marketing no time at
 * all (marketing only goes out 08:00–21:00 local): ReConnect and broadcasts could never be sent. Names the
 * field under `field`.
 */
export const checkSendWindows = (windows: readonly SendWindow[], field = "sendWindows"): void => {
  windows.forEach((window, index) => {
    spanOf(window, index, field);
  });
  if (windows.length > 0 && spansFor(windows, "marketing")!.length === 0) {
    throw validationError(
      field,
      "the windows leave marketing no time: it may only go out between 08:00 and 21:00",
    );
  }
};

const EVERY_DAY: Span = { days: null, from: 0, to: 24 * 60 };

const withinMarketingHours = (span: Span): Span => ({
  ...span,
  from: Math.max(span.from, MARKETING_FROM),
  to: Math.min(span.to, MARKETING_TO),
});

/** The spans a purpose may use; null when it may go out at any time. */
const spansFor = (windows: readonly SendWindow[], purpose: Purpose): Span[] | null => {
  let spans = windows.map((window, index) => spanOf(window, index));
  if (spans.length === 0) {
    if (purpose === "transactional") return null;
    spans = [EVERY_DAY];
  }
  if (purpose === "marketing") spans = spans.map(withinMarketingHours);
  return spans.filter((span) => span.from < span.to && (span.days === null || span.days.size > 0));
};

const zoneOf = (timeZone: string): IANAZone => {
  if (!IANAZone.isValidZone(timeZone))
    throw validationError("timeZone", `"${timeZone}" is not an IANA time zone`);
  return IANAZone.create(timeZone);
};

const instantOf = (iso: string): number => {
  // An ISO string without an offset is read as UTC, never in the machine's zone.
  const instant = DateTime.fromISO(iso, { zone: "utc" });
  if (!instant.isValid) throw validationError("instant", `"${iso}" is not an ISO 8601 instant`);
  return instant.toMillis();
};

/** The local calendar date of an instant, as a UTC midnight so that adding days is plain calendar arithmetic. */
const localDate = (instant: number, zone: IANAZone): DateTime => {
  const local = DateTime.fromMillis(instant, { zone });
  return DateTime.utc(local.year, local.month, local.day);
};

/**
 * The instant a local wall time names: at its first occurrence when clocks fall back, and at the
 * end of the gap (the first valid instant after it) when the wall time is skipped by a spring-forward.
 */
const localInstant = (zone: IANAZone, date: DateTime, minuteOfDay: number): number => {
  const wall = date.toMillis() + minuteOfDay * MINUTE;
  const offsetBefore = zone.offset(wall - DAY);
  const offsetAfter = zone.offset(wall + DAY);
  const occurrences = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: wall - offset * MINUTE }))
    .filter(({ offset, instant }) => zone.offset(instant) === offset)
    .map(({ instant }) => instant);
  if (occurrences.length > 0) return Math.min(...occurrences);
  // In a gap: the transition lies in (lo, hi]; search it to the millisecond.
  let lo = wall - offsetAfter * MINUTE;
  let hi = wall - offsetBefore * MINUTE;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
};

/** The spans that apply on a local date, as instant intervals [start, end); empty ones (lost to a gap) dropped. */
const intervalsOn = (date: DateTime, spans: readonly Span[], zone: IANAZone): [number, number][] => {
  const weekday = WEEKDAYS[date.weekday - 1]!;
  return spans
    .filter((span) => span.days === null || span.days.has(weekday))
    .map((span): [number, number] => [localInstant(zone, date, span.from), localInstant(zone, date, span.to)])
    .filter(([start, end]) => start < end);
};

const iso = (instant: number): string => new Date(instant).toISOString();

/**
 * The earliest instant at or after `after` inside one of the studio's send windows (for marketing
 * also inside 08:00–21:00 local time). Throws VALIDATION.FAILED when the windows leave no time at all.
 */
export const nextSendTime = (
  after: string,
  windows: readonly SendWindow[],
  timeZone: string,
  purpose: Purpose,
): string => {
  const zone = zoneOf(timeZone);
  const start = instantOf(after);
  const spans = spansFor(windows, purpose);
  if (spans === null) return iso(start);
  const firstDate = localDate(start, zone);
  for (let day = 0; day < SEARCH_DAYS && spans.length > 0; day++) {
    const candidates = intervalsOn(firstDate.plus({ days: day }), spans, zone)
      .filter(([, end]) => end > start)
      .map(([from]) => Math.max(from, start));
    if (candidates.length > 0) return iso(Math.min(...candidates));
  }
  throw validationError("sendWindows", `the send windows leave no time for ${purpose} messages`);
};

export const isInSendWindow = (
  instant: string,
  windows: readonly SendWindow[],
  timeZone: string,
  purpose: Purpose,
): boolean => {
  const zone = zoneOf(timeZone);
  const at = instantOf(instant);
  const spans = spansFor(windows, purpose);
  if (spans === null) return true;
  return intervalsOn(localDate(at, zone), spans, zone).some(([start, end]) => start <= at && at < end);
};
