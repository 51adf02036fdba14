import { DateTime } from "luxon";
import { loadStudioItem } from "../catalog/studio-item";
import type { ServiceCategory } from "../model/catalog";
import type { Studio } from "../model/studio";
import type { VisitRhythm } from "../model/visit-rhythm";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import type { Page } from "../ports/page";
import { loadStudio } from "../studios/load-studio";
import { firstMessageSent } from "./campaign-steps";
import { contactedThisEpisode, reconnectStateOf } from "./reconnect-attribution";
import { unreachableReasons } from "./reconnect-tabs";

export interface ContactResult {
  requestId: string;
  /** Overdue clients in the reachable tab when the request was made. */
  reachable: number;
  /** Clients whose first message is queued and who moved to the "first message sent" tab. */
  contacted: number;
  /** Outbox messages recorded as skipped (e.g. consent withdrawn a moment ago). */
  skipped: number;
}

export type ContactDependencies = Pick<
  Dependencies,
  | "studios"
  | "categories"
  | "clients"
  | "consents"
  | "overdueScan"
  | "appointments"
  | "reconnect"
  | "sendRequests"
  | "clock"
>;

const PAGE = 100;
const IN_FLIGHT = 16;
const MARK_ATTEMPTS = 3;

/** Every client overdue in the category and not contacted yet (the lists are short: a few hundred at most). */
const allUncontacted = async (
  deps: Pick<Dependencies, "overdueScan">,
  studioId: string,
  categoryId: string,
): Promise<VisitRhythm[]> => {
  const all: VisitRhythm[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<VisitRhythm> = await deps.overdueScan.listed(studioId, categoryId, "due", {
      limit: PAGE,
      cursor,
    });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
};

const mayGetFirstMessage = (rhythm: VisitRhythm): boolean =>
  rhythm.overdueSince !== null && !contactedThisEpisode(rhythm) && !reconnectStateOf(rhythm).excluded;

/** One request per studio, category and local day: a second click that day queues nothing twice. */
export const firstMessageRequestId = (studio: Studio, categoryId: string, now: string): string =>
  `reconnect-first:${categoryId}:${DateTime.fromISO(now, { zone: studio.timeZone }).toISODate()}`;

/**
 * "Contact overdue clients": queues the first ReConnect message for the category's reachable tab through
 * the outbox (released in the studio's send windows) and starts the campaign of every client whose message
 * is queued — in a conditional write on the rhythm's version with the month's statistics. Clients already
 * contacted in this overdue episode are not reachable any more, so running it again sends nothing twice;
 * the request id is fixed per day, so a retry after a crash finds its messages instead of adding more.
 */
export const contactOverdueClients =
  (deps: ContactDependencies) =>
  async (studioId: string, categoryId: string): Promise<ContactResult> => {
    const studio = await loadStudio(deps.studios, studioId);
    const category = await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId);
    return contactCategory(deps, studio, category);
  };

export const contactCategory = async (
  deps: ContactDependencies,
  studio: Studio,
  category: ServiceCategory,
): Promise<ContactResult> => {
  const now = deps.clock();
  const settings = await deps.reconnect.settings(studio.id);
  const requestId = firstMessageRequestId(studio, category.id, now);
  const candidates = (await allUncontacted(deps, studio.id, category.id)).filter(mayGetFirstMessage);
  const cards = await Promise.all(candidates.map((rhythm) => deps.clients.get(studio.id, rhythm.clientId)));
  const reachable = candidates.filter(
    (_, index) => unreachableReasons(cards[index] ?? null, settings.channelPolicy).length === 0,
  );
  if (reachable.length === 0) return { requestId, reachable: 0, contacted: 0, skipped: 0 };

  const result = await deps.sendRequests(studio.id, {
    requestId,
    clientIds: reachable.map((rhythm) => rhythm.clientId),
    templatePurpose: "reconnect_first",
    channelPolicy: settings.channelPolicy,
    values: { categoryName: category.name },
    categoryId: category.id,
  });
  const queued = new Set(result.messages.filter((m) => m.status !== "skipped").map((m) => m.clientId));

  const toMark = reachable.filter((rhythm) => queued.has(rhythm.clientId));
  const saved = await deps.reconnect.saveCampaigns(
    toMark.map((rhythm) => firstMessageSent(rhythm, now, settings, studio.timeZone)),
  );
  let contacted = saved.filter(Boolean).length;
  // A rhythm that changed since it was read (a booking, a visit) is read again and marked on its own.
  await forEachBounded(
    toMark.filter((_, index) => !saved[index]),
    IN_FLIGHT,
    async ({ clientId }) => {
      for (let attempt = 1; attempt < MARK_ATTEMPTS; attempt += 1) {
        const rhythm = await deps.appointments.rhythm(studio.id, clientId, category.id);
        if (!mayGetFirstMessage(rhythm)) return;
        const step = firstMessageSent(rhythm, now, settings, studio.timeZone);
        if (await deps.reconnect.saveCampaign(step.rhythm, step.stats)) {
          contacted += 1;
          return;
        }
      }
    },
  );
  return { requestId, reachable: reachable.length, contacted, skipped: result.skipped };
};
