const DAY_MS = 86_400_000;

/** A local date (YYYY-MM-DD) as the instant of its noon in UTC: formatted in UTC, it is that date anywhere. */
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

export const plusDays = (date: string, days: number): string =>
  new Date(noonOf(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);

/** Today's date in a time zone, YYYY-MM-DD. */
export const todayIn = (timeZone: string, now: number): string => {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
};

/** Minutes and seconds left, e.g. 9:05. */
export const countdown = (milliseconds: number): string => {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/** Dates, times and prices as the studio's clients read them: in the studio's zone, in the widget's language. */
export const formatsFor = (locale: string, timeZone: string, currency: string) => {
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const longDay = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" });
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "full", timeStyle: "short" });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency });
  const minorUnits = 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2);
  return {
    day: (date: string) => day.format(noonOf(date)),
    longDay: (date: string) => longDay.format(noonOf(date)),
    time: (instant: string) => time.format(new Date(instant)),
    dateTime: (instant: string) => dateTime.format(new Date(instant)),
    /** Prices come in minor units (cents). */
    price: (minor: number) => money.format(minor / minorUnits),
  };
};

export type Formats = ReturnType<typeof formatsFor>;
