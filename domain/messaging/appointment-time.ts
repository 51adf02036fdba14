import { DateTime } from "luxon";
import { validationError } from "../errors";

/** ICU puts (narrow) no-break spaces into some formats, e.g. before "PM"; one would force an SMS into UCS-2. */
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/** The `appointmentTime` placeholder: weekday, date and time in the studio's zone, e.g. "Mittwoch, 14. Oktober um 15:30". */
export const formatAppointmentTime = (instant: string, timeZone: string, locale: string): string => {
  const local = DateTime.fromISO(instant, { zone: timeZone, locale });
  if (!local.isValid) throw validationError("appointmentTime", `cannot format ${instant} in ${timeZone}`);
  return local
    .toLocaleString({ weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" })
    .replace(NO_BREAK_SPACES, " ");
};
