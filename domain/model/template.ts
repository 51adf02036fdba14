import type { Channel, Purpose } from "./consent";
import { LANGUAGES, type Language } from "./language";

/** The vocabulary of message templates: what a template is for, its languages and its placeholders. */
export const TEMPLATE_PURPOSES = [
  "reconnect_first",
  "reconnect_follow_up",
  "broadcast",
  "aftercare_review",
  "project_follow_up",
  "project_aftercare",
  "project_paused_reminder",
  "birthday",
  "no_show_policy",
  "no_show_warning",
  "no_show_ban",
  "reminder",
  "confirmation",
  "rescheduled",
  "cancellation",
  "ban_lifted",
  "late_check",
  "tan_code",
  "waitlist_offer",
  "deposit_request",
  "deposit_expired",
  "deposit_refunded",
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

/** Decides whether a message needs marketing consent and an unsubscribe link. */
export const MESSAGE_PURPOSE: Record<TemplatePurpose, Purpose> = {
  reconnect_first: "marketing",
  reconnect_follow_up: "marketing",
  broadcast: "marketing",
  aftercare_review: "marketing",
  // About the client's own project, as its contract or their request asks (see docs/projects.md).
  project_follow_up: "transactional",
  project_aftercare: "transactional",
  project_paused_reminder: "transactional",
  birthday: "marketing",
  no_show_policy: "transactional",
  no_show_warning: "transactional",
  no_show_ban: "transactional",
  reminder: "transactional",
  confirmation: "transactional",
  rescheduled: "transactional",
  cancellation: "transactional",
  ban_lifted: "transactional",
  late_check: "transactional",
  tan_code: "transactional",
  waitlist_offer: "transactional",
  deposit_request: "transactional",
  deposit_expired: "transactional",
  deposit_refunded: "transactional",
};

export const TEMPLATE_LOCALES = LANGUAGES;
export type TemplateLocale = Language;

export const PLACEHOLDERS = [
  "clientFirstName",
  "studioName",
  "categoryName",
  "serviceName",
  "bookingLink",
  "appointmentTime",
  "reviewLink",
  "projectTitle",
  "unsubscribeLink",
  "code",
  "minutes",
  /** The studio's cancellation and no-show policy, in its words (a default built from its cut-off otherwise). */
  "policyText",
  "promotionCode",
  /** A deposit's amount, formatted in the studio's currency and locale. */
  "depositAmount",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
/** Placeholder values, already formatted (appointment time in the studio's zone, links absolute). */
export type TemplateValues = Partial<Record<Placeholder, string>>;

/** Subject and body are plain text with logic-less placeholders; whoever builds HTML from them escapes. */
export interface MessageTemplate {
  purpose: TemplatePurpose;
  channel: Channel;
  locale: TemplateLocale;
  /** Email only; null for SMS. */
  subject: string | null;
  body: string;
}
