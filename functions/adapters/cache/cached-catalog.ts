import type { StudioItemRepository } from "../../../domain/ports/studio-item-repository";
import type { StudioRepository } from "../../../domain/ports/studio-repository";
import type { ReadCache } from "./read-cache";

/**
 * How stale a warm Lambda may serve a studio, category, service or staff member that another Lambda
 * changed: these change rarely, and are read by every booking. A Lambda's own save or removal (also a
 * refused one, which means its copy was outdated) forgets the item at once, so it always reads its own
 * writes. Lists are never cached.
 */
export const CATALOG_STALENESS_MS = 30_000;
/** Small items (a studio with its settings is the largest): a thousand of them cost a few megabytes. */
export const CATALOG_CACHE_ENTRIES = 1_000;

const forgetting = async (cache: ReadCache, key: string, write: () => Promise<void>): Promise<void> => {
  try {
    await write();
  } finally {
    cache.forget(key);
  }
};

/** A handle never moves to another studio, so the public routes' lookup by handle is cached like the studio. */
export const cachedStudios = (studios: StudioRepository, cache: ReadCache): StudioRepository => ({
  get: (studioId) => cache.read(`STUDIO#${studioId}`, () => studios.get(studioId)),
  findByHandle: (handle) => cache.read(`HANDLE#${handle}`, () => studios.findByHandle(handle)),
  open: (opening) => studios.open(opening),
  save: (studio) =>
    forgetting(cache, `STUDIO#${studio.id}`, () =>
      forgetting(cache, `HANDLE#${studio.handle}`, () => studios.save(studio)),
    ),
});

export const cachedStudioItems = <T extends { id: string; studioId: string; version: number }>(
  items: StudioItemRepository<T>,
  kind: string,
  cache: ReadCache,
): StudioItemRepository<T> => {
  const keyOf = (studioId: string, id: string) => `${kind}#${studioId}#${id}`;
  return {
    get: (studioId, id) => cache.read(keyOf(studioId, id), () => items.get(studioId, id)),
    list: (studioId, page) => items.list(studioId, page),
    save: (item) => forgetting(cache, keyOf(item.studioId, item.id), () => items.save(item)),
    remove: (studioId, id) => forgetting(cache, keyOf(studioId, id), () => items.remove(studioId, id)),
  };
};
