import type { Dependencies } from "../ports/dependencies";
import type { StudioItemRepository } from "../ports/studio-item-repository";
import { loadStudio } from "../studios/load-studio";
import type { ItemDraft, StudioItem } from "./studio-item";

/** Adds an item to one of a studio's collections; the studio must exist, so no item is orphaned. */
export const createStudioItem =
  <T extends StudioItem>(
    items: StudioItemRepository<T>,
    { studios, clock, newId }: Pick<Dependencies, "studios" | "clock" | "newId">,
  ) =>
  async (studioId: string, draft: ItemDraft<T>): Promise<T> => {
    await loadStudio(studios, studioId);
    const now = clock();
    // ItemDraft<T> plus the StudioItem fields is T; TypeScript cannot see through the Omit.
    const item = { ...draft, id: newId(), studioId, createdAt: now, updatedAt: now, version: 1 } as T;
    await items.save(item);
    return item;
  };
