import type { ReconnectMonthStats, ReconnectSettings, ReconnectStatsDelta } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Page, PageRequest } from "./page";

/**
 * ReConnect's state beyond what the appointment store writes: the studio's settings, campaign changes on a
 * rhythm (first message, follow-up, exclusion) with the month's statistics, and the reads the console
 * and the follow-up run need.
 */
export interface ReconnectStore {
  /** The studio's settings; the defaults until the owner saved some. */
  settings(studioId: string): Promise<ReconnectSettings>;
  saveSettings(studioId: string, settings: ReconnectSettings): Promise<void>;
  /**
   * Writes the rhythm's new campaign state at its version (the one after the version read), only if the
   * stored rhythm is still the one read, together with the statistics change when there is one. False when
   * the rhythm changed meanwhile (a booking, a visit, another run): nothing was written.
   */
  saveCampaign(rhythm: VisitRhythm, stats: ReconnectStatsDelta | null): Promise<boolean>;
  /** Shards of the follow-up index; each is read on its own. */
  readonly followUpShards: readonly string[];
  /** Rhythms of one shard whose follow-up is due at or before `until`, page by page. */
  dueFollowUps(shard: string, until: string): AsyncIterable<VisitRhythm[]>;
  /** A category's clients won back since `since`, most recent first. */
  reconnectedClients(
    studioId: string,
    categoryId: string,
    since: string,
    page: PageRequest,
  ): Promise<Page<VisitRhythm>>;
  /** The statistics items of the given months (YYYY-MM), every category; months without any are left out. */
  monthlyStats(studioId: string, months: readonly string[]): Promise<ReconnectMonthStats[]>;
}
