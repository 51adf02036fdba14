import { type ErrorCode, notFound } from "../errors";
import type { Page } from "../ports/page";
import type { StudioItemRepository } from "../ports/studio-item-repository";

/** What every per-studio collection item carries besides its own fields. */
export interface StudioItem {
  id: string;
  studioId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The fields staff enter for an item; identity, timestamps and version are Rebook's. */
export type ItemDraft<T extends StudioItem> = Omit<T, keyof StudioItem>;
export type ItemChanges<T extends StudioItem> = Partial<ItemDraft<T>>;

export type NotFoundCode = Extract<ErrorCode, `${string}.NOT_FOUND`>;

export const loadStudioItem = async <T extends StudioItem>(
  items: StudioItemRepository<T>,
  notFoundCode: NotFoundCode,
  studioId: string,
  id: string,
): Promise<T> => {
  const item = await items.get(studioId, id);
  if (item === null) throw notFound(notFoundCode, id);
  return item;
};

const ITEMS_PER_READ = 100;

/** Every item of a small collection (categories, services, staff), page after page. */
export const allStudioItems = async <T extends StudioItem>(
  items: StudioItemRepository<T>,
  studioId: string,
): Promise<T[]> => {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await items.list(studioId, { limit: ITEMS_PER_READ, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
};
