/**
 * The `updatedAt` for a change: now, but always later than the version it replaces, so that the
 * optimistic check on `updatedAt` holds even when two changes fall into one millisecond.
 */
export const nextUpdatedAt = (previous: string, now: string): string =>
  Date.parse(now) > Date.parse(previous) ? now : new Date(Date.parse(previous) + 1).toISOString();
