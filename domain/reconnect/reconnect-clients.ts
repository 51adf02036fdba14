import { DateTime } from "luxon";
import { loadStudioItem } from "../catalog/studio-item";
import type { Client } from "../model/client";
import type { ChannelPolicy } from "../model/consent";
import type { Studio } from "../model/studio";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import type { ListGroup } from "../ports/overdue-scan-store";
import type { Page, PageRequest } from "../ports/page";
import { lastVisitAt, nextBooking } from "../rhythm/overdue-rule";
import { loadStudio } from "../studios/load-studio";
import { reconnectStateOf } from "./reconnect-attribution";
import { type ReconnectTab, tabOf, type UnreachableReason, unreachableReasons } from "./reconnect-tabs";

export interface ReconnectClientRow {
  clientId: string;
  name: string | null;
  tab: ReconnectTab;
  /** first_message_due · booked · first_message_sent · follow_up_sent · reconnected · or the first reason. */
  status: string;
  /** The status as the console shows it, e.g. "booked for Cut & blow-dry on 2026-04-20". */
  statusText: string;
  /** The booking in the category "booked" refers to (the soonest still to come), if any. */
  booking: { serviceName: string; startsAt: string } | null;
  /** Unreachable tab: why (several when the channel policy tries several channels). */
  reasons: UnreachableReason[];
  excluded: boolean;
  /** When the client fell out of rhythm: last visit + interval + grace. The lists are sorted by it. */
  dueAt: string | null;
  overdueSince: string | null;
  lastVisitAt: string | null;
  /** When the first message was queued, and when it was sent (null until the provider accepted it). */
  firstQueuedAt: string | null;
  firstSentAt: string | null;
  followUpSentAt: string | null;
  reconnectedAt: string | null;
  /** Attributed revenue in minor units. */
  revenue: number;
}

export interface ReconnectClientList extends Page<ReconnectClientRow> {
  category: { id: string; name: string };
  tab: ReconnectTab;
}

const STATUS_TEXT: Record<string, string> = {
  first_message_due: "first message due",
  first_message_sent: "first message sent",
  follow_up_sent: "follow-up sent",
  reconnected: "reconnected",
  excluded: "excluded from sends",
  no_mobile: "no mobile",
  no_email: "no email",
  unsubscribed: "unsubscribed",
  no_consent: "no marketing consent",
  suppressed: "address blocked (bounce, complaint or STOP)",
  erased: "client erased",
};

const TAB_STATUS: Record<Exclude<ReconnectTab, "unreachable" | "booked">, string> = {
  reachable: "first_message_due",
  first_sent: "first_message_sent",
  second_sent: "follow_up_sent",
  reconnected: "reconnected",
};

/** The list a tab is read from; reachable and unreachable share the list of overdue, uncontacted clients. */
const GROUP_OF_TAB: Record<Exclude<ReconnectTab, "reconnected">, ListGroup> = {
  reachable: "due",
  unreachable: "due",
  booked: "booked",
  first_sent: "first_sent",
  second_sent: "second_sent",
};

const EPOCH = "1970-01-01T00:00:00.000Z";

/** One row: the tab and status the rhythm and the card say, and the booking kept on the rhythm. */
export const reconnectRow = (
  studio: Studio,
  rhythm: VisitRhythm,
  card: Client | null,
  policy: ChannelPolicy,
  now: string,
): ReconnectClientRow | null => {
  const state = reconnectStateOf(rhythm);
  let reasons: UnreachableReason[] = [];
  const tab = tabOf(rhythm, () => {
    reasons = unreachableReasons(card, policy);
    return reasons;
  });
  if (tab === null) return null;
  if (tab === "unreachable" && state.excluded) reasons = ["excluded"];
  const next = tab === "booked" || tab === "reconnected" ? nextBooking(rhythm, now) : null;
  const booking = next === null ? null : { serviceName: next.serviceName, startsAt: next.startsAt };
  const status =
    booking !== null
      ? "booked"
      : tab === "unreachable"
        ? reasons[0]!
        : TAB_STATUS[tab as keyof typeof TAB_STATUS];
  const statusText =
    booking === null
      ? STATUS_TEXT[status]!
      : `booked for ${booking.serviceName} on ${DateTime.fromISO(booking.startsAt, { zone: studio.timeZone }).toISODate()}`;
  return {
    clientId: rhythm.clientId,
    name: card === null ? null : `${card.firstName} ${card.lastName}`,
    tab,
    status,
    statusText,
    booking,
    reasons,
    excluded: state.excluded,
    dueAt: rhythm.dueAt,
    overdueSince: rhythm.overdueSince,
    lastVisitAt: lastVisitAt(rhythm),
    firstQueuedAt: state.firstQueuedAt,
    firstSentAt: state.firstSentAt,
    followUpSentAt: state.followUpSentAt,
    reconnectedAt: state.reconnectedAt,
    revenue: Object.values(state.attributed).reduce((total, price) => total + price, 0),
  };
};

/**
 * A page of a category's ReConnect tab: the list the tab is kept in (longest due first), then one batch read
 * of the clients' cards, whose consent and suppression say whether an overdue client is reachable. Reachable
 * and unreachable share a list, so their pages may hold fewer rows than `limit` (follow `nextCursor`); every
 * other tab's page is exact.
 */
export const reconnectClients =
  (deps: Pick<Dependencies, "studios" | "categories" | "clients" | "overdueScan" | "reconnect" | "clock">) =>
  async (
    studioId: string,
    categoryId: string,
    tab: ReconnectTab,
    page: PageRequest,
  ): Promise<ReconnectClientList> => {
    const now = deps.clock();
    const [studio, category, settings, rhythms] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId),
      deps.reconnect.settings(studioId),
      tab === "reconnected"
        ? deps.reconnect.reconnectedClients(studioId, categoryId, EPOCH, page)
        : deps.overdueScan.listed(studioId, categoryId, GROUP_OF_TAB[tab], page),
    ]);
    const cards = await Promise.all(
      rhythms.items.map((rhythm) => deps.clients.get(studioId, rhythm.clientId)),
    );
    const rows = rhythms.items
      .map((rhythm, index) => reconnectRow(studio, rhythm, cards[index]!, settings.channelPolicy, now))
      .filter((row): row is ReconnectClientRow => row !== null && row.tab === tab);
    return {
      category: { id: category.id, name: category.name },
      tab,
      items: rows,
      nextCursor: rhythms.nextCursor,
    };
  };
