import type { Service } from "../model/catalog";
import type { Dependencies } from "../ports/dependencies";
import { type ItemChanges, loadStudioItem } from "./studio-item";
import { updateStudioItem } from "./update-studio-item";

/** Changes a service; moving it to another category needs that category to exist. */
export const updateService = (deps: Pick<Dependencies, "categories" | "services" | "clock">) => {
  const update = updateStudioItem(deps.services, "SERVICE.NOT_FOUND", deps.clock);
  return async (studioId: string, serviceId: string, changes: ItemChanges<Service>): Promise<Service> => {
    if (changes.categoryId !== undefined) {
      await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, changes.categoryId);
    }
    return update(studioId, serviceId, changes);
  };
};
