import type { VisitHistory } from "../model/visit-history";
import { isBanned } from "./escalation-ladder";

/** What the card shows of the no-show measures: whether a ban holds now, the ban, and every measure taken. */
export const measuresView = (history: VisitHistory, now: string) => ({
  bannedOnline: isBanned(history, now),
  onlineBan: history.onlineBan,
  measures: Object.entries(history.measures)
    .map(([key, measure]) => ({ key, ...measure }))
    .sort((a, b) => b.at.localeCompare(a.at)),
});
