/**
 * Every item that changes carries the version it was stored at. A change writes the next version, and only
 * if the stored one is still the version read (version 1: only if nothing is stored yet), so of two writers
 * that read the same state, one wins and the other re-reads.
 */
export interface Versioned {
  version: number;
}

/** The item changed at `now`: the given fields, a new `updatedAt` and the next version. */
export const revised = <T extends Versioned & { updatedAt: string }>(
  current: T,
  changes: Partial<T>,
  now: string,
): T => ({ ...current, ...changes, updatedAt: now, version: current.version + 1 });

/** The item's next version, for items without an `updatedAt` (staff days, rhythms, statistics). */
export const nextVersion = <T extends Versioned>(item: T): T => ({ ...item, version: item.version + 1 });
