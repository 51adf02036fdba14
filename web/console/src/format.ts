import type { Schemas } from "./api/client";
import type { Language } from "./i18n";

/**
 * Dates, times and money in the studio's zone and currency, written the way the staff member's language
 * writes them in the studio's region (`pl` in a German studio: `pl-DE`).
 */
export const formatterFor = (studio: Schemas["Studio"], language: Language) => {
  const region = new Intl.Locale(studio.locale).maximize().region;
  const locale = region === undefined ? language : `${language}-${region}`;
  const timeZone = studio.timeZone;
  const dateTime = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    return (instant: string | number) => format.format(new Date(instant));
  };
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: studio.currency });
  const minorUnits = 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2);
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    locale,
    timeZone,
    date: dateTime({ dateStyle: "medium" }),
    longDate: dateTime({ weekday: "long", day: "numeric", month: "long", year: "numeric" }),
    weekday: dateTime({ weekday: "short", day: "numeric", month: "short" }),
    time: dateTime({ timeStyle: "short" }),
    dateTime: dateTime({ dateStyle: "medium", timeStyle: "short" }),
    month: dateTime({ month: "short", year: "numeric" }),
    /** Prices are integers in the currency's minor unit. */
    money: (minor: number) => money.format(minor / minorUnits),
    toMinor: (major: number) => Math.round(major * minorUnits),
    fromMinor: (minor: number) => minor / minorUnits,
    number: (value: number) => number.format(value),
    percent: (ratio: number | null) => (ratio === null ? "–" : percent.format(ratio)),
  };
};

export type Formatter = ReturnType<typeof formatterFor>;
