import type { Client } from "../model/client";
import type { ChannelPolicy } from "../model/consent";
import type { VisitRhythm } from "../model/visit-rhythm";
import { type PlannedMessage, planRecipient } from "../outbox/recipient-plan";
import type { ListGroup } from "../ports/overdue-scan-store";
import { contactedThisEpisode, reconnectStateOf } from "./reconnect-attribution";

export const RECONNECT_TABS = [
  "reachable",
  "unreachable",
  "booked",
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

export const listGroupOf = (rhythm: VisitRhythm): ListGroup | null => {
  const state = reconnectStateOf(rhythm);
  if (state.reconnectedAt !== null) return null;
  if (contactedThisEpisode(rhythm) && (rhythm.overdueSince !== null || rhythm.bookedSince !== null)) {
    return state.followUpSentAt === null ? "first_sent" : "second_sent";
  }
  if (rhythm.overdueSince !== null) return "due";
  if (rhythm.bookedSince !== null) return "booked";
  return null;
};

/**
 * The one tab a client of the category is in. Won back by a booking or visit after the message: reconnected
 * (until they fall out of rhythm again, which starts a new episode). Contacted in this episode: first or
 * second message sent. Not contacted: booked (due, but a booking is still to come), or overdue and reachable
 * unless staff excluded them or `reasons` (from `unreachableReasons`, asked only when needed) says why not.
 * Null for a client in none: not due.
 */
export const tabOf = (rhythm: VisitRhythm, reasons: () => UnreachableReason[]): ReconnectTab | null => {
  const state = reconnectStateOf(rhythm);
  if (state.reconnectedAt !== null) return "reconnected";
  const group = listGroupOf(rhythm);
  if (group !== "due") return group;
  if (state.excluded) return "unreachable";
  return reasons().length === 0 ? "reachable" : "unreachable";
};

/** True while the client has booked or visited in the category since the first message. */
export const bookedOrVisitedSince = (rhythm: VisitRhythm, since: string): boolean =>
  Object.keys(rhythm.openBookings).length > 0 ||
  Object.values(rhythm.attendedVisits).some((startsAt) => Date.parse(startsAt) >= Date.parse(since));
