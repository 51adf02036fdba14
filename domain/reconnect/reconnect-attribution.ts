import { DateTime } from "luxon";
import type { Appointment } from "../model/appointment";
import { noReconnectState, type ReconnectState, type ReconnectStatsDelta } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";

/** The rhythm's campaign state, or a blank one before any campaign touched it. */
export const reconnectStateOf = (rhythm: VisitRhythm): ReconnectState =>
  rhythm.reconnect ?? noReconnectState();

/** The studio-local month (YYYY-MM) of an instant: the statistics item a campaign counts in. */
export const monthOf = (instant: string, timeZone: string): string =>
  DateTime.fromISO(instant, { zone: timeZone }).toFormat("yyyy-LL");

/** When the campaign began: its first message was queued (sent later, inside the studio's windows). */
export const contactedAt = (state: ReconnectState): string | null => state.firstQueuedAt ?? state.firstSentAt;

/**
 * True when the client was contacted in the episode they are in now: since they were flagged overdue, or,
 * not flagged (booked, or back in rhythm), since they became due. A message from an earlier episode does
 * not count: the client may be contacted afresh.
 */
export const contactedThisEpisode = (rhythm: VisitRhythm): boolean => {
  const contacted = contactedAt(reconnectStateOf(rhythm));
  if (contacted === null) return false;
  const episodeStart = rhythm.overdueSince ?? rhythm.dueAt;
  return episodeStart === null || Date.parse(contacted) >= Date.parse(episodeStart);
};

const counts = (appointment: Appointment) =>
  appointment.status === "booked" || appointment.status === "attended";

/** Booked after the message, or a visit after it, and recorded within the reconnection window. */
const qualifies = (state: ReconnectState, appointment: Appointment, now: string): boolean => {
  const first = Date.parse(contactedAt(state)!);
  const at = Date.parse(now);
  return (
    at >= first &&
    state.windowEndsAt !== null &&
    at <= Date.parse(state.windowEndsAt) &&
    (Date.parse(appointment.createdAt) >= first || Date.parse(appointment.startsAt) >= first)
  );
};

const delta = (rhythm: VisitRhythm, month: string, reconnected: number, revenue: number) => ({
  studioId: rhythm.studioId,
  categoryId: rhythm.categoryId,
  month,
  contacted: 0,
  followedUp: 0,
  reconnected,
  revenue,
});

/**
 * Folds one appointment change into the category's campaign: a booking or visit in the category within
 * the window after the first message wins the client back and attributes the appointment's price, once
 * per appointment (the state remembers what it attributed). Taking the appointment back (cancelled,
 * no-show) takes its revenue back, and the reconnection with it when it was the only one. Returns the
 * change to the campaign's statistics month, to be written in the same transaction; null when nothing
 * changed.
 */
export const attributeReconnection = (
  rhythm: VisitRhythm,
  appointment: Appointment,
  now: string,
): { rhythm: VisitRhythm; stats: ReconnectStatsDelta | null } => {
  const state = rhythm.reconnect;
  if (state == null || contactedAt(state) === null || state.cohortMonth === null)
    return { rhythm, stats: null };
  const previous = state.attributed[appointment.id];
  const { [appointment.id]: _taken, ...others } = state.attributed;
  let attributed: Record<string, number>;
  if (counts(appointment) && (previous !== undefined || qualifies(state, appointment, now))) {
    attributed = { ...others, [appointment.id]: appointment.price };
  } else if (!counts(appointment) && previous !== undefined) {
    attributed = others;
  } else {
    return { rhythm, stats: null };
  }
  const revenue = (attributed[appointment.id] ?? 0) - (previous ?? 0);
  const wonBack = Object.keys(attributed).length > 0;
  const wasWonBack = state.reconnectedAt !== null;
  const reconnectedAt = wonBack ? (state.reconnectedAt ?? now) : null;
  const reconnected = Number(wonBack) - Number(wasWonBack);
  const next = { ...rhythm, reconnect: { ...state, attributed, reconnectedAt } };
  return {
    rhythm: next,
    stats: revenue === 0 && reconnected === 0 ? null : delta(rhythm, state.cohortMonth, reconnected, revenue),
  };
};
