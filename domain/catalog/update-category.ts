import type { ServiceCategory } from "../model/catalog";
import type { Dependencies } from "../ports/dependencies";
import { type ItemChanges, loadStudioItem } from "./studio-item";
import { updateStudioItem } from "./update-studio-item";

/**
 * Renames a category or changes its default interval. A new default interval moves the due times of the
 * clients resting on it (fewer than three visits): the next scheduled run derives their rhythms again. The
 * request is recorded first, so a change that fails afterwards only costs a run that finds nothing to move.
 */
export const updateCategory = (deps: Pick<Dependencies, "categories" | "reconnect" | "clock">) => {
  const update = updateStudioItem(deps.categories, "CATEGORY.NOT_FOUND", deps.clock);
  return async (
    studioId: string,
    categoryId: string,
    changes: ItemChanges<ServiceCategory>,
  ): Promise<ServiceCategory> => {
    const current = await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId);
    if (
      changes.defaultIntervalDays !== undefined &&
      changes.defaultIntervalDays !== current.defaultIntervalDays
    ) {
      await deps.reconnect.requestReevaluation(studioId, categoryId, deps.clock());
    }
    return update(studioId, categoryId, changes);
  };
};
