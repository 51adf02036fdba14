import type { VisitRhythm } from "../model/visit-rhythm";
import type { Page, PageRequest } from "./page";

/**
 * The rhythms the overdue scan works through, and the overdue clients the console lists. Rhythms wait in
 * a sharded due-time index until they are flagged; flagged ones move to a per-category overdue index, so
 * the scan reads only what has fallen due and the console only what is overdue.
 */
export interface OverdueScanStore {
  /** Shards of the due-time index; each is read on its own. */
  readonly shards: readonly string[];
  /**
   * Rhythms of one shard that are not flagged yet and whose review time is at or before `until`, page by
   * page, oldest review time first.
   */
  dueRhythms(shard: string, until: string): AsyncIterable<VisitRhythm[]>;
  /**
   * Flags the rhythm overdue since `now`, only if it is still at the version read. False when it changed
   * meanwhile (a booking, a visit, another scan): the caller leaves it alone.
   */
  flagOverdue(rhythm: VisitRhythm, now: string): Promise<boolean>;
  /** Clients currently flagged overdue in each of the studio's given categories. */
  overdueCounts(studioId: string, categoryIds: readonly string[]): Promise<Record<string, number>>;
  /** Flagged rhythms of one category of the studio, longest overdue first. */
  overdueClients(studioId: string, categoryId: string, page: PageRequest): Promise<Page<VisitRhythm>>;
}
