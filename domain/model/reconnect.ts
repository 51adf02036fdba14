import type { ChannelPolicy } from "./consent";

/**
 * A client's ReConnect campaign in one category, kept on their visit rhythm: it lives in the client's
 * partition and is written in the same versioned transaction as every appointment change, so a booking
 * that wins the client back is detected — and its revenue attributed — exactly where it is written.
 */
export interface ReconnectState {
  /** Staff left the client out of sends in this category; survives a new campaign. */
  excluded: boolean;
  /** When the first message was queued; null before the client was contacted. */
  firstQueuedAt: string | null;
  /** When the first message was sent (the provider accepted it); null until then. */
  firstSentAt: string | null;
  /** When the follow-up falls due (first message + the studio's delay at the time); null when not contacted. */
  followUpAt: string | null;
  /** When the follow-up was queued; set once, never a third message. */
  followUpSentAt: string | null;
  /** End of the window in which a booking or visit counts as won back (first message + window days). */
  windowEndsAt: string | null;
  /** Month of the first message in the studio's zone (YYYY-MM): the statistics item the campaign counts in. */
  cohortMonth: string | null;
  /** When the first qualifying booking or visit was recorded; null while not won back. */
  reconnectedAt: string | null;
  /** Appointments attributed to the campaign: appointment id → price in minor units. */
  attributed: Record<string, number>;
}

/** Changes to one month's ReConnect statistics of one category, written with the state change. */
export interface ReconnectStatsDelta {
  studioId: string;
  categoryId: string;
  month: string;
  contacted: number;
  followedUp: number;
  reconnected: number;
  revenue: number;
}

/** One month's ReConnect figures of one category (cohort: clients first contacted that month). */
export interface ReconnectMonthStats {
  categoryId: string;
  month: string;
  contacted: number;
  followedUp: number;
  reconnected: number;
  revenue: number;
}

/** A studio's ReConnect settings; the defaults apply until the owner saves them. */
export interface ReconnectSettings {
  followUpDelayDays: number;
  channelPolicy: ChannelPolicy;
  automaticFirstSend: boolean;
  reconnectionWindowDays: number;
}

export const DEFAULT_RECONNECT_SETTINGS: ReconnectSettings = {
  followUpDelayDays: 14,
  channelPolicy: "sms_else_email",
  automaticFirstSend: false,
  reconnectionWindowDays: 90,
};

export const noReconnectState = (): ReconnectState => ({
  excluded: false,
  firstQueuedAt: null,
  firstSentAt: null,
  followUpAt: null,
  followUpSentAt: null,
  windowEndsAt: null,
  cohortMonth: null,
  reconnectedAt: null,
  attributed: {},
});
