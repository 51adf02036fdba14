import { type FieldIssue, RebookError } from "../errors";
import { type TimeSpan, WEEKDAYS, type Weekday, type WeeklyHours } from "../model/studio";

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const spanIssue = (span: TimeSpan): string | null => {
  if (!LOCAL_TIME.test(span.from) || !LOCAL_TIME.test(span.to)) return "from and to must be HH:mm";
  // "HH:mm" strings compare like the times they name.
  return span.from < span.to ? null : `must end after it starts (${span.from}–${span.to})`;
};

/** Issues of one day's spans, each named by its index as sent: bad spans, then overlaps. */
const dayIssues = (field: string, spans: readonly TimeSpan[]): FieldIssue[] => {
  const issues = spans.flatMap((span, index) => {
    const message = spanIssue(span);
    return message === null ? [] : [{ field: `${field}.${index}`, message }];
  });
  if (issues.length > 0 || spans.length < 2) return issues;
  const byStart = spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.from.localeCompare(b.span.from));
  // Each span is compared with the one reaching latest among those starting before it.
  let latest = byStart[0]!;
  return byStart.slice(1).flatMap((current) => {
    const overlaps = current.span.from < latest.span.to;
    const issue = { field: `${field}.${current.index}`, message: `overlaps ${field}.${latest.index}` };
    if (current.span.to > latest.span.to) latest = current;
    return overlaps ? [issue] : [];
  });
};

/** Checks each day's spans (keys refused by `keyIssue`), reporting every bad span at once; spans come back in order. */
const checkedDays = (
  days: Record<string, TimeSpan[] | undefined>,
  field: string,
  keyIssue: (key: string) => string | null,
): Record<string, TimeSpan[]> => {
  const issues: FieldIssue[] = [];
  const checked: Record<string, TimeSpan[]> = {};
  for (const [day, spans = []] of Object.entries(days)) {
    const refused = keyIssue(day);
    if (refused !== null) {
      issues.push({ field: `${field}.${day}`, message: refused });
      continue;
    }
    issues.push(...dayIssues(`${field}.${day}`, spans));
    checked[day] = [...spans].sort((a, b) => a.from.localeCompare(b.from));
  }
  if (issues.length > 0) {
    throw new RebookError(
      "VALIDATION.FAILED",
      issues.map((issue) => `${issue.field}: ${issue.message}`).join("; "),
      { issues },
    );
  }
  return checked;
};

/**
 * Checks a week of working hours: valid local times, each span ending after it starts, no two spans
 * of a day overlapping. Returns the week with each day's spans in order; reports every bad span at once.
 */
export const checkWeeklyHours = (hours: WeeklyHours, field = "workingHours"): WeeklyHours =>
  checkedDays(hours, field, (day) =>
    WEEKDAYS.includes(day as Weekday) ? null : "is not a weekday (mon … sun)",
  ) as WeeklyHours;

/** Checks a staff member's hours for single dates by the same rules as the weekly hours. */
export const checkDateOverrides = (
  overrides: Record<string, TimeSpan[]>,
  field = "dateOverrides",
): Record<string, TimeSpan[]> => checkedDays(overrides, field, () => null);
