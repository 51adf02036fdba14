import { describe, expect, it } from "vitest";
import { RebookError } from "../../../domain/errors";
import type { Service } from "../../../domain/model/catalog";
import type { Studio } from "../../../domain/model/studio";
import type { StudioItemRepository } from "../../../domain/ports/studio-item-repository";
import type { StudioRepository } from "../../../domain/ports/studio-repository";
import { cachedStudioItems, cachedStudios } from "../../../functions/adapters/cache/cached-catalog";
import { readCache } from "../../../functions/adapters/cache/read-cache";
import { aStudio } from "../../support/api-harness";

const TTL = 30_000;

/** A studio repository that counts its reads and can be told to refuse the next save. */
const storedStudios = (...studios: Studio[]) => {
  const stored = new Map(studios.map((studio) => [studio.id, studio]));
  const counts = { reads: 0 };
  let refuseNext = false;
  const repository: StudioRepository = {
    async get(studioId) {
      counts.reads++;
      return stored.get(studioId) ?? null;
    },
    async findByHandle(handle) {
      counts.reads++;
      return [...stored.values()].find((studio) => studio.handle === handle) ?? null;
    },
    async open({ studio }) {
      stored.set(studio.id, studio);
    },
    async save(studio) {
      if (refuseNext) {
        refuseNext = false;
        throw new RebookError("CONCURRENT_UPDATE", "changed meanwhile");
      }
      stored.set(studio.id, studio);
    },
  };
  return {
    repository,
    counts,
    changeBehindTheCache: (studio: Studio) => stored.set(studio.id, studio),
    refuseNextSave: () => {
      refuseNext = true;
    },
  };
};

const cacheWithClock = (maxEntries = 100) => {
  const clock = { now: 0 };
  return { clock, cache: readCache({ ttlMs: TTL, maxEntries, now: () => clock.now }) };
};

describe("the catalog read cache", () => {
  it("serves a studio read within the staleness window, and reads it again after", async () => {
    // Prepare
    const store = storedStudios(aStudio("s1"));
    const { clock, cache } = cacheWithClock();
    const studios = cachedStudios(store.repository, cache);
    await studios.get("s1");
    store.changeBehindTheCache(aStudio("s1", { name: "Renamed elsewhere", version: 2 }));

    // Act
    clock.now = TTL - 1;
    const withinWindow = await studios.get("s1");
    clock.now = TTL;
    const afterWindow = await studios.get("s1");

    // Assess
    expect(withinWindow?.name).toBe("Studio s1");
    expect(afterWindow?.name).toBe("Renamed elsewhere");
    expect(store.counts.reads).toBe(2);
  });

  it("reads its own write at once", async () => {
    // Prepare
    const store = storedStudios(aStudio("s1"));
    const studios = cachedStudios(store.repository, cacheWithClock().cache);
    await studios.get("s1");

    // Act
    await studios.save(aStudio("s1", { name: "Salon Nord", version: 2 }));

    // Assess
    expect((await studios.get("s1"))?.name).toBe("Salon Nord");
  });

  it("forgets an item whose save was refused, so the retry reads the version that won", async () => {
    // Prepare
    const store = storedStudios(aStudio("s1"));
    const studios = cachedStudios(store.repository, cacheWithClock().cache);
    await studios.get("s1");
    store.changeBehindTheCache(aStudio("s1", { name: "Written by another Lambda", version: 2 }));
    store.refuseNextSave();

    // Act
    const refused = await studios
      .save(aStudio("s1", { version: 2 }))
      .catch((error: RebookError) => error.code);
    const reread = await studios.get("s1");

    // Assess
    expect(refused).toBe("CONCURRENT_UPDATE");
    expect(reread?.name).toBe("Written by another Lambda");
  });

  it("keeps no miss: an item created elsewhere is found on the next read", async () => {
    // Prepare
    const store = storedStudios();
    const studios = cachedStudios(store.repository, cacheWithClock().cache);
    expect(await studios.get("s1")).toBeNull();

    // Act
    store.changeBehindTheCache(aStudio("s1"));

    // Assess
    expect(await studios.get("s1")).not.toBeNull();
  });

  it("hands every caller its own copy", async () => {
    // Prepare
    const studios = cachedStudios(storedStudios(aStudio("s1")).repository, cacheWithClock().cache);
    const first = await studios.get("s1");

    // Act
    first!.settings.overdueGraceDays = 99;

    // Assess
    expect((await studios.get("s1"))?.settings.overdueGraceDays).toBeNull();
  });

  it("keeps a bounded number of items, dropping the least recently used", async () => {
    // Prepare
    const store = storedStudios(aStudio("s1"), aStudio("s2"), aStudio("s3"));
    const studios = cachedStudios(store.repository, cacheWithClock(2).cache);
    await studios.get("s1");
    await studios.get("s2");
    await studios.get("s1");

    // Act
    await studios.get("s3");
    const readsBefore = store.counts.reads;
    await studios.get("s1");
    await studios.get("s2");

    // Assess: s2 was the least recently used, so only it is read again
    expect(store.counts.reads - readsBefore).toBe(1);
  });

  it("forgets a studio item that is saved or removed", async () => {
    // Prepare
    const service = { id: "cut", studioId: "s1", version: 1 } as Service;
    let stored: Service | null = service;
    let reads = 0;
    const repository: StudioItemRepository<Service> = {
      get: async () => {
        reads++;
        return stored;
      },
      list: async () => ({ items: [], nextCursor: null }),
      save: async (item) => {
        stored = item;
      },
      remove: async () => {
        stored = null;
      },
    };
    const services = cachedStudioItems(repository, "SERVICE", cacheWithClock().cache);
    await services.get("s1", "cut");
    await services.get("s1", "cut");

    // Act
    await services.save({ ...service, version: 2 });
    const saved = await services.get("s1", "cut");
    await services.remove("s1", "cut");
    const removed = await services.get("s1", "cut");

    // Assess
    expect(reads).toBe(3);
    expect(saved?.version).toBe(2);
    expect(removed).toBeNull();
  });
});
