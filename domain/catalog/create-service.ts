import type { Service } from "../model/catalog";
import type { Dependencies } from "../ports/dependencies";
import { createStudioItem } from "./create-studio-item";
import { type ItemDraft, loadStudioItem } from "./studio-item";

/** Adds a service to the studio's menu, in one of its categories. */
export const createService = (
  deps: Pick<Dependencies, "studios" | "categories" | "services" | "clock" | "newId">,
) => {
  const create = createStudioItem(deps.services, deps);
  return async (studioId: string, draft: ItemDraft<Service>): Promise<Service> => {
    await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, draft.categoryId);
    return create(studioId, draft);
  };
};
