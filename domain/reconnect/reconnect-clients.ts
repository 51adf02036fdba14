import { DateTime } from "luxon";
import { loadStudioItem } from "../catalog/studio-item";
import type { Studio } from "../model/studio";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import type { Page, PageRequest } from "../ports/page";
import { loadStudio } from "../studios/load-studio";
import { lastVisitAt } from "./overdue-rule";
import { reconnectStateOf } from "./reconnect-attribution";
import {
  overdueTabOf,
  type ReconnectTab,
  type UnreachableReason,
  unreachableReasons,
} from "./reconnect-tabs";

export interface ReconnectClientRow {
  clientId: string;
  name: string | null;
  /** first_message_due · first_message_sent · follow_up_sent · booked · reconnected · or the first reason. */
  status: string;
  /** The status as the console shows it, e.g. "booked for Cut & blow-dry on 2026-04-20". */
  statusText: string;
  /** The next booking in the category, if any. */
  booking: { serviceName: string; startsAt: string } | null;
  /** Unreachable tab: why (several when the channel policy tries several channels). */
  reasons: UnreachableReason[];
  excluded: boolean;
  overdueSince: string | null;
  lastVisitAt: string | null;
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

const TAB_STATUS: Record<Exclude<ReconnectTab, "unreachable">, string> = {
  reachable: "first_message_due",
  first_sent: "first_message_sent",
  second_sent: "follow_up_sent",
  reconnected: "reconnected",
};

/**
 * A page of a category's ReConnect tab. The overdue tabs walk the category's overdue list and keep the
 * rows of the tab asked for, so a page may hold fewer rows than `limit` (follow `nextCursor`); the
 * reconnected tab reads the category's won-back clients, most recent first.
 */
export const reconnectClients =
  (
    deps: Pick<
      Dependencies,
      | "studios"
      | "categories"
      | "clients"
      | "consents"
      | "overdueScan"
      | "appointments"
      | "reconnect"
      | "clock"
    >,
  ) =>
  async (
    studioId: string,
    categoryId: string,
    tab: ReconnectTab,
    page: PageRequest,
  ): Promise<ReconnectClientList> => {
    const studio = await loadStudio(deps.studios, studioId);
    const category = await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId);
    const settings = await deps.reconnect.settings(studioId);
    const facts = (studioId: string, clientId: string) => deps.clients.get(studioId, clientId);
    const now = deps.clock();

    const rhythms =
      tab === "reconnected"
        ? await deps.reconnect.reconnectedClients(studioId, categoryId, "1970-01-01T00:00:00.000Z", page)
        : await deps.overdueScan.overdueClients(studioId, categoryId, page);

    const rows = await Promise.all(
      rhythms.items.map(async (rhythm): Promise<ReconnectClientRow | null> => {
        let reasons: UnreachableReason[] = [];
        const rowTab =
          tab === "reconnected"
            ? "reconnected"
            : await (async () => {
                const state = reconnectStateOf(rhythm);
                const asked = overdueTabOf(rhythm, () => ["excluded"]);
                if (asked !== "reachable" && asked !== "unreachable") return asked;
                if (state.excluded) {
                  reasons = ["excluded"];
                  return "unreachable";
                }
                reasons = unreachableReasons(await facts(studioId, rhythm.clientId), settings.channelPolicy);
                return reasons.length === 0 ? "reachable" : "unreachable";
              })();
        if (rowTab !== tab) return null;
        return row(deps, studio, rhythm, rowTab, reasons, now);
      }),
    );
    return {
      category: { id: category.id, name: category.name },
      tab,
      items: rows.filter((item): item is ReconnectClientRow => item !== null),
      nextCursor: rhythms.nextCursor,
    };
  };

const row = async (
  deps: Pick<Dependencies, "clients" | "appointments">,
  studio: Studio,
  rhythm: VisitRhythm,
  tab: ReconnectTab,
  reasons: UnreachableReason[],
  now: string,
): Promise<ReconnectClientRow> => {
  const state = reconnectStateOf(rhythm);
  const client = await deps.clients.get(studio.id, rhythm.clientId);
  const next = Object.entries(rhythm.openBookings)
    .filter(([, startsAt]) => Date.parse(startsAt) > Date.parse(now))
    .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))[0];
  const stored = next === undefined ? null : await deps.appointments.get(studio.id, next[0]);
  const booking = stored === null ? null : { serviceName: stored.serviceName, startsAt: stored.startsAt };
  const status = booking !== null ? "booked" : tab === "unreachable" ? reasons[0]! : TAB_STATUS[tab];
  const statusText =
    booking === null
      ? STATUS_TEXT[status]!
      : `booked for ${booking.serviceName} on ${DateTime.fromISO(booking.startsAt, { zone: studio.timeZone }).toISODate()}`;
  return {
    clientId: rhythm.clientId,
    name: client === null ? null : `${client.firstName} ${client.lastName}`,
    status,
    statusText,
    booking,
    reasons,
    excluded: state.excluded,
    overdueSince: rhythm.overdueSince,
    lastVisitAt: lastVisitAt(rhythm),
    firstSentAt: state.firstSentAt,
    followUpSentAt: state.followUpSentAt,
    reconnectedAt: state.reconnectedAt,
    revenue: Object.values(state.attributed).reduce((total, price) => total + price, 0),
  };
};
