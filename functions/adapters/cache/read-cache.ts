export interface ReadCacheOptions {
  /** How long an entry is served after its read began. */
  ttlMs: number;
  /** Entries kept at most; the least recently used one goes first. */
  maxEntries: number;
  /** Milliseconds of a monotonic clock (not the domain clock, which the local stack may move back). */
  now: () => number;
}

export interface ReadCache {
  /** The cached value, or what `load` finds (kept unless it is null or fails). */
  read<T>(key: string, load: () => Promise<T | null>): Promise<T | null>;
  forget(key: string): void;
}

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

/**
 * A warm Lambda's memory of items it read lately. A read in flight is shared by every caller that asks
 * meanwhile. Each caller gets its own copy, so no caller can change what the next one is served.
 */
export const readCache = ({ ttlMs, maxEntries, now }: ReadCacheOptions): ReadCache => {
  const entries = new Map<string, Entry>();
  const drop = (key: string, entry: Entry) => {
    if (entries.get(key) === entry) entries.delete(key);
  };

  return {
    read<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
      const cached = entries.get(key);
      entries.delete(key);
      if (cached !== undefined && cached.expiresAt > now()) {
        entries.set(key, cached); // now the most recently used
        return cached.value.then((value) => structuredClone(value) as T | null);
      }
      const entry: Entry = { value: load(), expiresAt: now() + ttlMs };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      entry.value.then(
        (value) => value === null && drop(key, entry),
        () => drop(key, entry),
      );
      return entry.value.then((value) => structuredClone(value) as T | null);
    },
    forget(key) {
      entries.delete(key);
    },
  };
};
