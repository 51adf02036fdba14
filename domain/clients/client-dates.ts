import { DateTime } from "luxon";
import { type FieldIssue, RebookError } from "../errors";
import type { ClientDraft } from "./client-draft";

const EARLIEST_BIRTHDAY = "1900-01-01";

/** Today's date in the studio's zone (ISO), the day a client's dates may not lie beyond. */
export const studioToday = (now: string, timeZone: string): string =>
  DateTime.fromISO(now, { zone: timeZone }).toISODate()!;

/**
 * Refuses a birthday in the future or before 1900 and a client-since date in the future, naming each
 * field. Dates left out or null are not checked. ISO dates compare as strings.
 */
export const checkClientDates = (
  dates: Partial<Pick<ClientDraft, "birthday" | "clientSince">>,
  today: string,
): void => {
  const { birthday, clientSince } = dates;
  const issues: FieldIssue[] = [];
  if (birthday && birthday > today) issues.push({ field: "birthday", message: "must not be in the future" });
  if (birthday && birthday < EARLIEST_BIRTHDAY) {
    issues.push({ field: "birthday", message: `must not be before ${EARLIEST_BIRTHDAY}` });
  }
  if (clientSince && clientSince > today) {
    issues.push({ field: "clientSince", message: "must not be in the future" });
  }
  if (issues.length > 0) {
    const message = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    throw new RebookError("VALIDATION.FAILED", message, { issues });
  }
};
