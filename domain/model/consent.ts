/** The consent vocabulary: what a client can allow or refuse, on which channel, and the ledger's entries. */
export const CHANNELS = ["email", "sms"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Which channels a send uses; `sms_else_email` falls back to email only when SMS cannot be sent. */
export const CHANNEL_POLICIES = ["email", "sms", "both", "sms_else_email"] as const;
export type ChannelPolicy = (typeof CHANNEL_POLICIES)[number];

export const PURPOSES = ["marketing", "transactional"] as const;
export type Purpose = (typeof PURPOSES)[number];

export type ConsentSource =
  | "booking_form"
  | "paper_form"
  | "unsubscribe_link"
  | "sms_stop"
  | "staff"
  | "email_complaint";

/** What the client saw and where they were when they gave or withdrew consent; null where not applicable. */
export interface ConsentEvidence {
  text: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

/** One line of a client's append-only consent ledger: consent granted or withdrawn. */
export interface ConsentEntry {
  id: string;
  studioId: string;
  clientId: string;
  channel: Channel;
  purpose: Purpose;
  granted: boolean;
  /** ISO 8601 instant. */
  at: string;
  source: ConsentSource;
  evidence: ConsentEvidence;
}

export interface ConsentState {
  granted: boolean;
  /** When the entry that decides the state was recorded; null when no entry exists. */
  since: string | null;
  source: ConsentSource | null;
}

export type CurrentConsent = Record<Channel, Record<Purpose, ConsentState>>;
