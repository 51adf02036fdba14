import { allStudioItems, loadStudioItem } from "../catalog/studio-item";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Dependencies } from "../ports/dependencies";
import type { Page, PageRequest } from "../ports/page";
import { lastVisitAt } from "../rhythm/overdue-rule";

export interface CategoryOverdueCount {
  categoryId: string;
  name: string;
  overdueCount: number;
}

export interface OverdueCategories {
  items: CategoryOverdueCount[];
  totalOverdue: number;
}

export interface OverdueClient {
  clientId: string;
  /** First and last name as on the card; null if the card is gone. */
  name: string | null;
  overdueSince: string;
  /** Start of the last attended visit in the category. */
  lastVisitAt: string | null;
  /** The client's own median interval; null while the category's default interval applies. */
  typicalIntervalDays: number | null;
  /** When the client fell out of rhythm: last visit + interval + grace. */
  dueAt: string | null;
}

export interface OverdueClientList extends Page<OverdueClient> {
  category: { id: string; name: string };
}

/** The studio's service categories, each with how many of its clients are overdue right now. */
export const overdueCategories =
  ({ categories, overdueScan }: Pick<Dependencies, "categories" | "overdueScan">) =>
  async (studioId: string): Promise<OverdueCategories> => {
    const studioCategories = await allStudioItems(categories, studioId);
    const counts = await overdueScan.overdueCounts(
      studioId,
      studioCategories.map((category) => category.id),
    );
    const items = studioCategories.map((category) => ({
      categoryId: category.id,
      name: category.name,
      overdueCount: counts[category.id] ?? 0,
    }));
    return { items, totalOverdue: items.reduce((total, item) => total + item.overdueCount, 0) };
  };

/**
 * A page of the clients overdue in one category of the studio and not contacted yet in this episode (the
 * ones ReConnect can still reach out to), longest overdue first: the list, then one batch read of the cards.
 */
export const overdueClientsOf =
  ({ categories, clients, overdueScan }: Pick<Dependencies, "categories" | "clients" | "overdueScan">) =>
  async (studioId: string, categoryId: string, page: PageRequest): Promise<OverdueClientList> => {
    const [category, rhythms] = await Promise.all([
      loadStudioItem(categories, "CATEGORY.NOT_FOUND", studioId, categoryId),
      overdueScan.listed(studioId, categoryId, "due", page),
    ]);
    const cards = await Promise.all(rhythms.items.map((rhythm) => clients.get(studioId, rhythm.clientId)));
    const items = rhythms.items.map((rhythm: VisitRhythm, index): OverdueClient => {
      const card = cards[index] ?? null;
      return {
        clientId: rhythm.clientId,
        name: card === null ? null : `${card.firstName} ${card.lastName}`,
        overdueSince: rhythm.overdueSince!,
        lastVisitAt: lastVisitAt(rhythm),
        typicalIntervalDays: rhythm.typicalIntervalDays,
        dueAt: rhythm.dueAt,
      };
    });
    return { category: { id: category.id, name: category.name }, items, nextCursor: rhythms.nextCursor };
  };
