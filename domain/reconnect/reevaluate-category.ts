import type { Studio } from "../model/studio";
import { nextVersion } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { settledStatus } from "../rhythm/overdue-rule";
import { deriveRhythm } from "../rhythm/visit-rhythm-rules";

/**
 * Derives again the rhythms of a category that rest on its default interval (clients with fewer than three
 * visits), after the interval changed: their due and review times move, and a client no longer due leaves
 * the lists. Reads only those rhythms; each is written over the version read (a rhythm changed meanwhile
 * was derived by that change).
 */
export const reevaluateCategory =
  (deps: Pick<Dependencies, "categories" | "overdueScan" | "reconnect" | "clock">) =>
  async (studio: Studio, categoryId: string): Promise<number> => {
    const now = deps.clock();
    const category = await deps.categories.get(studio.id, categoryId);
    const policy = {
      timeZone: studio.timeZone,
      graceDays: studio.settings.overdueGraceDays,
      categoryDefaultIntervalDays: category?.defaultIntervalDays ?? null,
    };
    let changed = 0;
    for await (const page of deps.reconnect.restingOnDefaultInterval(studio.id, categoryId)) {
      for (const rhythm of page) {
        const derived = settledStatus(deriveRhythm(rhythm, policy), now);
        if (derived.dueAt === rhythm.dueAt && derived.reviewAt === rhythm.reviewAt) continue;
        if (await deps.overdueScan.saveStanding(rhythm, nextVersion(derived))) changed += 1;
      }
    }
    return changed;
  };
