import type { Client } from "../model/client";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { ChannelPolicy } from "../outbox/outbox-message";
import { type PlannedMessage, planRecipient } from "../outbox/recipient-plan";
import { contactedThisEpisode, reconnectStateOf } from "./reconnect-attribution";

export const RECONNECT_TABS = [
  "reachable",
  "unreachable",
  "first_sent",
  "second_sent",
  "reconnected",
] as const;
export type ReconnectTab = (typeof RECONNECT_TABS)[number];

/** Why an overdue client cannot get the first message; `excluded` is staff's choice, the rest missing data. */
export type UnreachableReason =
  | "excluded"
  | "no_mobile"
  | "no_email"
  | "unsubscribed"
  | "no_consent"
  | "suppressed"
  | "erased";

const reasonOf = (planned: PlannedMessage, client: Client): UnreachableReason => {
  switch (planned.skipReason) {
    case "NO_PHONE":
      return "no_mobile";
    case "NO_EMAIL":
      return "no_email";
    case "NO_CONSENT":
      // A withdrawal on record is an unsubscribe; no entry at all means consent was never given.
      return client.consent[planned.channel].marketing.since === null ? "no_consent" : "unsubscribed";
    case "SUPPRESSED":
      return "suppressed";
    default:
      return "erased";
  }
};

/**
 * Why the client cannot get a ReConnect message under the channel policy, one reason per channel tried;
 * empty when they can (contact data and marketing consent for a channel the policy uses).
 */
export const unreachableReasons = (client: Client | null, policy: ChannelPolicy): UnreachableReason[] => {
  if (client === null) return ["erased"];
  const plan = planRecipient(client, policy, "marketing");
  if (plan.some((planned) => planned.skipReason === null)) return [];
  return [...new Set(plan.map((planned) => reasonOf(planned, client)))];
};

/**
 * The tab of a client overdue in the category. Contacted in this overdue episode: first or second message
 * sent (or reconnected, should a booking have been taken back). Not contacted: reachable unless staff
 * excluded them or `reasons` (from `unreachableReasons`, asked only when needed) says why not.
 */
export const overdueTabOf = (rhythm: VisitRhythm, reasons: () => UnreachableReason[]): ReconnectTab => {
  const state = reconnectStateOf(rhythm);
  if (contactedThisEpisode(rhythm)) {
    if (state.reconnectedAt !== null) return "reconnected";
    return state.followUpSentAt === null ? "first_sent" : "second_sent";
  }
  if (state.excluded) return "unreachable";
  return reasons().length === 0 ? "reachable" : "unreachable";
};

/** True while the client has booked or visited in the category since the first message. */
export const bookedOrVisitedSince = (rhythm: VisitRhythm, since: string): boolean =>
  Object.keys(rhythm.openBookings).length > 0 ||
  Object.values(rhythm.attendedVisits).some((startsAt) => Date.parse(startsAt) >= Date.parse(since));
