import { DateTime } from "luxon";
import { allStudioItems } from "../catalog/studio-item";
import type { ReconnectMonthStats } from "../model/reconnect";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";

export interface ReconnectFigures {
  /** Clients overdue right now. */
  overdue: number;
  /** Clients first contacted in the period. */
  contacted: number;
  followedUp: number;
  /** Of those, won back (booked or attended within the window after the first message). */
  reconnected: number;
  /** Price of the attributed appointments, minor units. */
  revenue: number;
  /** contacted ÷ (overdue + reconnected): the share of the overdue population reached; null without any. */
  contactRate: number | null;
  /** reconnected ÷ contacted; null before anyone was contacted. */
  reconnectRate: number | null;
}

export interface ReconnectOverview {
  /** The three studio-local months covered, oldest first (YYYY-MM); figures count by month of first message. */
  months: string[];
  categories: (ReconnectFigures & { categoryId: string; name: string })[];
  total: ReconnectFigures;
}

const MONTHS = 3;

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

const figures = (overdue: number, stats: readonly ReconnectMonthStats[]): ReconnectFigures => {
  const sum = (field: "contacted" | "followedUp" | "reconnected" | "revenue") =>
    stats.reduce((total, item) => total + item[field], 0);
  const contacted = sum("contacted");
  const reconnected = sum("reconnected");
  return {
    overdue,
    contacted,
    followedUp: sum("followedUp"),
    reconnected,
    revenue: sum("revenue"),
    contactRate: ratio(contacted, overdue + reconnected),
    reconnectRate: ratio(reconnected, contacted),
  };
};

/**
 * The ReConnect overview of the last three months (this one and the two before, in the studio's zone), per
 * category and in total. Reads the overdue counts and at most three statistics items per category.
 */
export const reconnectOverview =
  (deps: Pick<Dependencies, "studios" | "categories" | "overdueScan" | "reconnect" | "clock">) =>
  async (studioId: string): Promise<ReconnectOverview> => {
    const studio = await loadStudio(deps.studios, studioId);
    const thisMonth = DateTime.fromISO(deps.clock(), { zone: studio.timeZone }).startOf("month");
    const months = Array.from({ length: MONTHS }, (_, index) =>
      thisMonth.minus({ months: MONTHS - 1 - index }).toFormat("yyyy-LL"),
    );
    const categories = await allStudioItems(deps.categories, studioId);
    const ids = categories.map((category) => category.id);
    const [counts, stats] = await Promise.all([
      deps.overdueScan.overdueCounts(studioId, ids),
      deps.reconnect.monthlyStats(studioId, months),
    ]);
    const known = stats.filter((item) => ids.includes(item.categoryId));
    const rows = categories.map((category) => ({
      categoryId: category.id,
      name: category.name,
      ...figures(
        counts[category.id] ?? 0,
        known.filter((item) => item.categoryId === category.id),
      ),
    }));
    return {
      months,
      categories: rows,
      total: figures(
        rows.reduce((total, row) => total + row.overdue, 0),
        known,
      ),
    };
  };
