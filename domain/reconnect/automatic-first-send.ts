import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { type ContactDependencies, contactCategory } from "./contact-overdue-clients";

export interface AutomaticFirstSendResult {
  /** Categories whose studio sends the first message automatically. */
  categories: number;
  contacted: number;
}

/**
 * Run after the overdue scan with the categories it flagged clients in: where the studio switched on the
 * automatic first send, contacts the category's reachable overdue clients as "contact overdue clients"
 * would (same request id per day, so it adds to the day's request rather than duplicating it).
 */
export const automaticFirstSend =
  (deps: ContactDependencies & Pick<Dependencies, "reconnect">) =>
  async (flagged: readonly { studioId: string; categoryId: string }[]): Promise<AutomaticFirstSendResult> => {
    const unique = [
      ...new Map(flagged.map((pair) => [`${pair.studioId}#${pair.categoryId}`, pair])).values(),
    ];
    const result: AutomaticFirstSendResult = { categories: 0, contacted: 0 };
    for (const { studioId, categoryId } of unique) {
      if (!(await deps.reconnect.settings(studioId)).automaticFirstSend) continue;
      const [studio, category] = await Promise.all([
        loadStudio(deps.studios, studioId),
        deps.categories.get(studioId, categoryId),
      ]);
      if (category === null) continue;
      result.categories += 1;
      result.contacted += (await contactCategory(deps, studio, category)).contacted;
    }
    return result;
  };
