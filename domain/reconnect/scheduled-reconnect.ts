import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import type { StudioWork } from "../ports/reconnect-store";
import { loadStudio } from "../studios/load-studio";
import { type ContactDependencies, contactCategory } from "./contact-overdue-clients";
import { reevaluateCategory } from "./reevaluate-category";
import { type OverdueScanResult, scanOverdueClients } from "./scan-overdue-clients";
import { dueFollowUps, followUpSender } from "./send-follow-ups";

export interface StudioFailure {
  studioId: string;
  error: unknown;
}

export interface ScheduledReconnectResult {
  /** Rhythms derived again because their category's default interval changed. */
  reevaluated: number;
  scan: OverdueScanResult;
  /** Studios whose work ran (automatic first messages, follow-ups). */
  studios: number;
  firstMessages: number;
  followUps: number;
  /** Studios whose work failed: their work stays pending for the retry; the others are done. */
  failed: StudioFailure[];
}

/** Studios whose work runs at once: enough to hide latency, few enough for one Lambda. */
const STUDIOS_IN_FLIGHT = 4;

const pendingByStudio = async (deps: Pick<Dependencies, "reconnect">, now: string) => {
  const work = new Map<string, StudioWork>();
  for await (const page of deps.reconnect.pendingWork(now))
    for (const item of page) work.set(item.studioId, item);
  return work;
};

/**
 * The hourly ReConnect run. First the categories whose default interval changed are derived again, then the
 * overdue scan flags who fell out of rhythm (each flag also records the category on the studio's pending
 * work), then each studio's work runs on its own: the automatic first message where the studio switched it
 * on, and the follow-ups that fell due. A studio whose work fails keeps it pending and does not hold back the
 * others; a retry of the run finds exactly what is left (every step is conditional and idempotent).
 */
export const scheduledReconnect =
  (deps: ContactDependencies & Pick<Dependencies, "reconnect" | "overdueScan">) =>
  async (): Promise<ScheduledReconnectResult> => {
    const failures = new Map<string, unknown>();
    const perStudio = async (studioIds: Iterable<string>, work: (studioId: string) => Promise<void>) =>
      forEachBounded([...studioIds], STUDIOS_IN_FLIGHT, async (studioId) => {
        if (failures.has(studioId)) return;
        try {
          await work(studioId);
        } catch (error) {
          failures.set(studioId, error);
        }
      });

    let reevaluated = 0;
    const toReevaluate = [...(await pendingByStudio(deps, deps.clock())).values()].filter(
      (work) => work.reevaluateCategories.length > 0,
    );
    await perStudio(
      toReevaluate.map((work) => work.studioId),
      async (studioId) => {
        const studio = await loadStudio(deps.studios, studioId);
        const work = toReevaluate.find((item) => item.studioId === studioId)!;
        for (const categoryId of work.reevaluateCategories)
          reevaluated += await reevaluateCategory(deps)(studio, categoryId);
      },
    );

    const scan = await scanOverdueClients(deps)();

    const now = deps.clock();
    const [pending, followUps] = await Promise.all([pendingByStudio(deps, now), dueFollowUps(deps, now)]);
    const followUpsOf = Map.groupBy(followUps, (rhythm) => rhythm.studioId);
    const followUp = followUpSender(deps);
    let firstMessages = 0;
    let sentFollowUps = 0;
    await perStudio(new Set([...pending.keys(), ...followUpsOf.keys()]), async (studioId) => {
      const work = pending.get(studioId);
      if (work !== undefined && work.firstSendCategories.length > 0) {
        const [studio, settings] = await Promise.all([
          loadStudio(deps.studios, studioId),
          deps.reconnect.settings(studioId),
        ]);
        if (settings.automaticFirstSend) {
          for (const categoryId of work.firstSendCategories) {
            const category = await deps.categories.get(studioId, categoryId);
            if (category !== null) firstMessages += (await contactCategory(deps, studio, category)).contacted;
          }
        }
      }
      for (const rhythm of followUpsOf.get(studioId) ?? []) {
        if ((await followUp(rhythm)) === "queued") sentFollowUps += 1;
      }
      if (work !== undefined) await deps.reconnect.completeWork(work);
    });

    return {
      reevaluated,
      scan,
      studios: new Set([...pending.keys(), ...followUpsOf.keys()]).size,
      firstMessages,
      followUps: sentFollowUps,
      failed: [...failures].map(([studioId, error]) => ({ studioId, error })),
    };
  };
