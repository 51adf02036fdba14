import { DateTime } from "luxon";
import { noReconnectState, type ReconnectSettings, type ReconnectStatsDelta } from "../model/reconnect";
import { nextVersion } from "../model/versioned";
import type { VisitRhythm } from "../model/visit-rhythm";
import { contactedThisEpisode, monthOf, reconnectStateOf } from "./reconnect-attribution";

const plusDays = (instant: string, days: number, timeZone: string): string =>
  DateTime.fromISO(instant, { zone: timeZone }).plus({ days }).toUTC().toISO()!;

const stats = (
  rhythm: VisitRhythm,
  month: string,
  change: Partial<ReconnectStatsDelta>,
): ReconnectStatsDelta => ({
  studioId: rhythm.studioId,
  categoryId: rhythm.categoryId,
  month,
  contacted: 0,
  followedUp: 0,
  reconnected: 0,
  revenue: 0,
  ...change,
});

/** A new campaign: the first message was queued now; follow-up and window are counted from it. */
export const firstMessageSent = (
  rhythm: VisitRhythm,
  now: string,
  settings: ReconnectSettings,
  timeZone: string,
): { rhythm: VisitRhythm; stats: ReconnectStatsDelta } => {
  const cohortMonth = monthOf(now, timeZone);
  return {
    rhythm: nextVersion({
      ...rhythm,
      reconnect: {
        excluded: reconnectStateOf(rhythm).excluded,
        firstQueuedAt: now,
        firstSentAt: null,
        followUpAt: plusDays(now, settings.followUpDelayDays, timeZone),
        followUpSentAt: null,
        windowEndsAt: plusDays(now, settings.reconnectionWindowDays, timeZone),
        cohortMonth,
        reconnectedAt: null,
        attributed: {},
      },
    }),
    stats: stats(rhythm, cohortMonth, { contacted: 1 }),
  };
};

/** The follow-up went out now: the rhythm leaves the follow-up index for good. */
export const followUpSent = (rhythm: VisitRhythm, now: string) => {
  const state = reconnectStateOf(rhythm);
  return {
    rhythm: nextVersion({ ...rhythm, reconnect: { ...state, followUpSentAt: now } }),
    stats: state.cohortMonth === null ? null : stats(rhythm, state.cohortMonth, { followedUp: 1 }),
  };
};

/** No follow-up will go out (booked meanwhile, excluded, unreachable now): the rhythm leaves the index. */
export const followUpDropped = (rhythm: VisitRhythm): VisitRhythm =>
  nextVersion({ ...rhythm, reconnect: { ...reconnectStateOf(rhythm), followUpAt: null } });

export const withExcluded = (rhythm: VisitRhythm, excluded: boolean): VisitRhythm =>
  nextVersion({ ...rhythm, reconnect: { ...reconnectStateOf(rhythm), excluded } });

/**
 * A client flagged overdue again starts a new episode: a campaign of an earlier one is closed (staff's
 * exclusion stays), so it neither shows them as contacted or reconnected nor takes new bookings' revenue.
 */
export const startedEpisode = (rhythm: VisitRhythm): VisitRhythm => {
  const state = rhythm.reconnect;
  if (state == null || contactedThisEpisode(rhythm)) return rhythm;
  return { ...rhythm, reconnect: { ...noReconnectState(), excluded: state.excluded } };
};
