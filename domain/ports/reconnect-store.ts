import type { ReconnectMonthStats, ReconnectSettings, ReconnectStatsDelta } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Page, PageRequest } from "./page";

/** A rhythm's new campaign state, with the statistics change it makes (if any). */
export interface CampaignStep {
  rhythm: VisitRhythm;
  stats: ReconnectStatsDelta | null;
}

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
  /**
   * `saveCampaign` for many rhythms at once, in few writes (the statistics changes added up): for each,
   * whether it was written. A rhythm that changed meanwhile is not, and holds back none of the others.
   */
  saveCampaigns(steps: readonly CampaignStep[]): Promise<boolean[]>;
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
  /**
   * Records that the first message of the client's campaign in the category was sent (the provider accepted
   * it), once: a campaign whose send time is known already is left alone.
   */
  recordFirstSent(studioId: string, clientId: string, categoryId: string, at: string): Promise<void>;
  /** Studios with work pending for the scheduled run (first messages to send, categories to re-evaluate). */
  pendingWork(until: string): AsyncIterable<StudioWork[]>;
  /** Asks the scheduled run to re-derive the category's rhythms that rest on its default interval. */
  requestReevaluation(studioId: string, categoryId: string, now: string): Promise<void>;
  /** Ends the studio's pending work, only if nothing was added since it was read; false otherwise (kept for the next run). */
  completeWork(work: StudioWork): Promise<boolean>;
  /** The category's rhythms that rest on its default interval (fewer than three visits), page by page. */
  restingOnDefaultInterval(studioId: string, categoryId: string): AsyncIterable<VisitRhythm[]>;
}

/** What a studio's scheduled run has to do, durable until it is done. */
export interface StudioWork {
  studioId: string;
  /** Categories with clients newly overdue: the automatic first message, where the studio switched it on. */
  firstSendCategories: string[];
  /** Categories whose default interval changed: their rhythms are derived again. */
  reevaluateCategories: string[];
  version: number;
}
