import type { Page, PageRequest } from "./page";

/** Storage for the small per-studio collections: categories, services, staff, projects. */
export interface StudioItemRepository<T extends { id: string; studioId: string; updatedAt: string }> {
  get(studioId: string, id: string): Promise<T | null>;
  list(studioId: string, page: PageRequest): Promise<Page<T>>;
  /** Fails with CONCURRENT_UPDATE if the id is taken. */
  create(item: T): Promise<void>;
  /**
   * Replaces the item if it is unchanged since it was read with `readUpdatedAt`: fails with
   * CONCURRENT_UPDATE if another write came first, with the kind's NOT_FOUND code if it is gone.
   */
  update(item: T, readUpdatedAt: string): Promise<void>;
  /** Fails with the kind's NOT_FOUND code if the item does not exist in the studio. */
  remove(studioId: string, id: string): Promise<void>;
}
