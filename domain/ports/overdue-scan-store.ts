import type { VisitRhythm } from "../model/visit-rhythm";
import type { Page, PageRequest } from "./page";

/**
 * The list of its category a rhythm is shown in (each is its own index partition, longest due first):
 * overdue and not contacted in this episode (`due`: reachable or not, as the card says), first or second
 * message sent, or due but holding a booking still to come. None while waiting or once won back (the
 * reconnected tab has an index of its own).
 */
export type ListGroup = "due" | "first_sent" | "second_sent" | "booked";

/**
 * The rhythms the overdue scan works through, and the lists of a category the console shows. Rhythms wait in
 * a sharded index by the time the scan should look at them; flagged (or booked) ones move to their category's
 * list, so the scan reads only what has come due and the console only what it shows. Each category keeps a
 * count of its overdue clients, moved in the same transaction as every change of a rhythm's standing.
 */
export interface OverdueScanStore {
  /** Shards of the scan's index; each is read on its own. */
  readonly shards: readonly string[];
  /** Rhythms of one shard whose time to be looked at is at or before `until`, page by page. */
  dueRhythms(shard: string, until: string): AsyncIterable<VisitRhythm[]>;
  /**
   * Writes the rhythm's new standing (`after`, at its next version) only if the stored rhythm is still
   * `before`, moving the category's overdue count with it; a rhythm newly flagged overdue also puts its
   * category on the studio's pending work. False when the rhythm changed meanwhile: nothing was written.
   */
  saveStanding(before: VisitRhythm, after: VisitRhythm): Promise<boolean>;
  /** Clients currently overdue in each of the studio's given categories (one counter read each). */
  overdueCounts(studioId: string, categoryIds: readonly string[]): Promise<Record<string, number>>;
  /** A page of one of a category's lists, longest due first. */
  listed(
    studioId: string,
    categoryId: string,
    group: ListGroup,
    page: PageRequest,
  ): Promise<Page<VisitRhythm>>;
}
