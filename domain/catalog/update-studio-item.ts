import { revised } from "../model/versioned";
import type { Clock } from "../ports/dependencies";
import type { StudioItemRepository } from "../ports/studio-item-repository";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { type ItemChanges, loadStudioItem, type NotFoundCode, type StudioItem } from "./studio-item";

/** Changes the named fields of an item; the fields left out keep their value. */
export const updateStudioItem =
  <T extends StudioItem>(items: StudioItemRepository<T>, notFoundCode: NotFoundCode, clock: Clock) =>
  (studioId: string, id: string, changes: ItemChanges<T>): Promise<T> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadStudioItem(items, notFoundCode, studioId, id);
      const updated = revised(current, changes as Partial<T>, clock());
      await items.save(updated);
      return updated;
    });
