import { validationError } from "../errors";

const DAY = 24 * 3600 * 1000;
/** Past visits may be entered up to a year back (older history is imported in bulk). */
export const PAST_HORIZON_DAYS = 365;
/** No studio plans further than two years ahead. */
export const FUTURE_HORIZON_DAYS = 730;

/** Refuses an appointment time no studio would mean: more than a year back or two years ahead. */
export const assertWithinHorizon = (startsAt: string, now: string, field = "startsAt"): void => {
  const offset = Date.parse(startsAt) - Date.parse(now);
  if (offset < -PAST_HORIZON_DAYS * DAY || offset > FUTURE_HORIZON_DAYS * DAY) {
    throw validationError(
      field,
      `must lie within ${PAST_HORIZON_DAYS} days before and ${FUTURE_HORIZON_DAYS} days after now`,
    );
  }
};
