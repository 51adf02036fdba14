import { DateTime } from "luxon";
import type { RecordedVisit, VisitHistory } from "../model/visit-history";

/** Calendar months shown in the monthly trend, the current one included. */
export const TREND_MONTHS = 12;
/** The trend compares the newer half of the monthly trend with the older half. */
const TREND_HALF = TREND_MONTHS / 2;

export interface ServiceUsage {
  serviceId: string;
  serviceName: string;
  count: number;
}

export interface MonthlyActivity {
  /** YYYY-MM in the studio's zone. */
  month: string;
  visits: number;
  /** Minor currency units. */
  spend: number;
}

export type VisitTrend = "rising" | "steady" | "falling" | "new";

export interface ClientStatistics {
  attendedVisits: number;
  /** Minor currency units per attended visit, rounded; null without visits. */
  averageSpend: number | null;
  /** Minor currency units. */
  totalSpend: number;
  /** Attended visits per month since the client started, 2 decimals; null without visits. */
  visitsPerMonth: number | null;
  servicesUsed: ServiceUsage[];
  /** YYYY-MM-DD. */
  clientSince: string;
  firstVisitAt: string | null;
  lastVisitAt: string | null;
  nextAppointmentAt: string | null;
  /** Oldest month first, ending with the current month. */
  monthlyTrend: MonthlyActivity[];
  trend: VisitTrend;
}

export interface ClientStatisticsOptions {
  /** The current instant, ISO 8601. */
  now: string;
  /** The studio's IANA zone: days and months are counted in its calendar. */
  timeZone: string;
  /** The client-since date on record, YYYY-MM-DD. */
  clientSince: string;
}

const byStart = (a: { startsAt: string }, b: { startsAt: string }): number =>
  Date.parse(a.startsAt) - Date.parse(b.startsAt);

const local = (instant: string, timeZone: string): DateTime => DateTime.fromISO(instant, { zone: timeZone });

const visitsPerMonth = (visits: RecordedVisit[], options: ClientStatisticsOptions): number | null => {
  const first = visits[0];
  if (first === undefined) return null;
  const firstVisit = local(first.startsAt, options.timeZone);
  const since = local(options.clientSince, options.timeZone);
  const from = DateTime.min(since, firstVisit);
  const months = local(options.now, options.timeZone).diff(from, "months").months;
  // Below one month a single visit would read as dozens a month.
  return Math.round((visits.length / Math.max(1, months)) * 100) / 100;
};

const servicesUsed = (visitsInTimeOrder: RecordedVisit[]): ServiceUsage[] => {
  const usage = new Map<string, ServiceUsage>();
  for (const { serviceId, serviceName } of visitsInTimeOrder) {
    // The latest visit's name wins, so a renamed service shows its current name.
    usage.set(serviceId, { serviceId, serviceName, count: (usage.get(serviceId)?.count ?? 0) + 1 });
  }
  return [...usage.values()].sort((a, b) => b.count - a.count || a.serviceName.localeCompare(b.serviceName));
};

/** Every appointment start the history holds, whatever became of the appointment. */
const allStarts = (history: VisitHistory): string[] => [
  ...Object.values(history.visits).map((visit) => visit.startsAt),
  ...Object.values(history.incidents).map((incident) => incident.startsAt),
  ...Object.values(history.booked),
  ...Object.values(history.cancelled),
];

const clientSinceDate = (history: VisitHistory, options: ClientStatisticsOptions): string =>
  [
    options.clientSince,
    ...allStarts(history).map((startsAt) => local(startsAt, options.timeZone).toFormat("yyyy-MM-dd")),
  ].sort()[0]!;

const nextAppointmentAt = (history: VisitHistory, now: string): string | null =>
  Object.values(history.booked)
    .filter((startsAt) => Date.parse(startsAt) > Date.parse(now))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;

const monthlyActivity = (visits: RecordedVisit[], options: ClientStatisticsOptions): MonthlyActivity[] => {
  const currentMonth = local(options.now, options.timeZone).startOf("month");
  const activity = new Map<string, MonthlyActivity>();
  for (let back = TREND_MONTHS - 1; back >= 0; back--) {
    const month = currentMonth.minus({ months: back }).toFormat("yyyy-MM");
    activity.set(month, { month, visits: 0, spend: 0 });
  }
  for (const visit of visits) {
    const bucket = activity.get(local(visit.startsAt, options.timeZone).toFormat("yyyy-MM"));
    if (bucket === undefined) continue;
    bucket.visits += 1;
    bucket.spend += visit.price;
  }
  return [...activity.values()];
};

const sumVisits = (months: MonthlyActivity[]): number => months.reduce((sum, month) => sum + month.visits, 0);

/** Compares the two halves of the monthly trend, so the trend matches the chart the card shows. */
const visitTrend = (
  visits: RecordedVisit[],
  monthlyTrend: MonthlyActivity[],
  options: ClientStatisticsOptions,
): VisitTrend => {
  const recentFrom = local(options.now, options.timeZone)
    .startOf("month")
    .minus({ months: TREND_HALF - 1 });
  if (!visits.some((visit) => local(visit.startsAt, options.timeZone) < recentFrom)) return "new";
  const recent = sumVisits(monthlyTrend.slice(TREND_HALF));
  const before = sumVisits(monthlyTrend.slice(0, TREND_HALF));
  if (recent > before) return "rising";
  if (recent < before) return "falling";
  return "steady";
};

/** The statistics a client card derives from the client's visit history. Only attended appointments count as visits and spend. */
export const clientStatistics = (
  history: VisitHistory,
  options: ClientStatisticsOptions,
): ClientStatistics => {
  const visits = Object.values(history.visits).sort(byStart);
  const totalSpend = visits.reduce((sum, visit) => sum + visit.price, 0);
  const monthlyTrend = monthlyActivity(visits, options);
  return {
    attendedVisits: visits.length,
    averageSpend: visits.length === 0 ? null : Math.round(totalSpend / visits.length),
    totalSpend,
    visitsPerMonth: visitsPerMonth(visits, options),
    servicesUsed: servicesUsed(visits),
    clientSince: clientSinceDate(history, options),
    firstVisitAt: visits[0]?.startsAt ?? null,
    lastVisitAt: visits.at(-1)?.startsAt ?? null,
    nextAppointmentAt: nextAppointmentAt(history, options.now),
    monthlyTrend,
    trend: visitTrend(visits, monthlyTrend, options),
  };
};
