import type { Page, PageRequest } from "./page";

/** Storage for the small per-studio collections: categories, services, staff, projects. */
export interface StudioItemRepository<T extends { id: string; studioId: string; version: number }> {
  get(studioId: string, id: string): Promise<T | null>;
  list(studioId: string, page: PageRequest): Promise<Page<T>>;
  /**
   * Stores the item at its version: version 1 only if the id is free, a later one only over the version
   * before it. Fails with CONCURRENT_UPDATE when another write came first, with the kind's NOT_FOUND code
   * when the item is gone.
   */
  save(item: T): Promise<void>;
  /** Fails with the kind's NOT_FOUND code if the item does not exist in the studio. */
  remove(studioId: string, id: string): Promise<void>;
}
