import type { Channel, ChannelPolicy } from "./consent";
import type { DepositPolicy } from "./deposit-policy";
import { DEFAULT_WAITLIST_POLICY, type WaitlistPolicy } from "./waitlist";
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** A local time span on a day, "HH:mm" in the studio's zone; `to` is exclusive. */
export interface TimeSpan {
  from: string;
  to: string;
}

export type WeeklyHours = Partial<Record<Weekday, TimeSpan[]>>;

export type StudioKind = "salon" | "barber" | "tattoo" | "piercing" | "beauty";

export interface StudioSettings {
  /** ISO 3166 alpha-2 country used to read phone numbers written without a country code. */
  defaultCountry: string;
  /** Grace added to a client's typical interval before they count as overdue; null = max(7 days, 20 %). */
  overdueGraceDays: number | null;
  /** How the studio's messages go out; absent = `DEFAULT_MESSAGING_SETTINGS` (read it via `messagingSettingsOf`). */
  messaging?: StudioMessagingSettings;
  /** Days the whole studio is closed (holidays): nobody works, online booking offers nothing. */
  closedDays?: ClosedDay[];
  /** Confirmations, reminders and late arrivals; absent = `DEFAULT_APPOINTMENT_POLICY` (read it via `appointmentPolicyOf`). */
  appointments?: AppointmentPolicy;
  /** Absent = `DEFAULT_BIRTHDAY_GREETINGS` (read it via `birthdayGreetingsOf`). */
  birthdayGreetings?: BirthdayGreetingSettings;
  /** Deposits online bookings need; absent = `DEFAULT_DEPOSIT_POLICY` (read it via `depositPolicyOf`). */
  deposits?: DepositPolicy;
  /** How freed slots are offered; absent = `DEFAULT_WAITLIST_POLICY` (read it via `waitlistPolicyOf`). */
  waitlist?: WaitlistPolicy;
}

/** A reminder sent this long before each appointment, on this channel. */
export interface ReminderOffset {
  hoursBefore: number;
  channel: Channel;
}

export interface AppointmentPolicy {
  /** Reminders before each appointment. */
  reminders: ReminderOffset[];
  /** How confirmations and notices of changes reach the client. */
  noticeChannel: ChannelPolicy;
  /** An appointment not marked attended this long after its start shows as "late?". */
  lateArrivalMinutes: number;
  /** The studio's cancellation and no-show policy in its own words; null: a sentence built from its cut-off. */
  policyText: string | null;
  /** The escalation ladder counts no-shows and late cancellations of this many months back. */
  incidentWindowMonths: number;
  /** How long the ladder's online-booking ban lasts. */
  onlineBanDays: number;
}

export const DEFAULT_APPOINTMENT_POLICY: AppointmentPolicy = {
  reminders: [{ hoursBefore: 24, channel: "sms" }],
  noticeChannel: "sms_else_email",
  lateArrivalMinutes: 15,
  policyText: null,
  incidentWindowMonths: 12,
  onlineBanDays: 90,
};

export const appointmentPolicyOf = (settings: StudioSettings): AppointmentPolicy => ({
  ...DEFAULT_APPOINTMENT_POLICY,
  ...settings.appointments,
});

export interface ClosedDay {
  /** Local date, YYYY-MM-DD. */
  date: string;
  reason: string;
}

export const closedDatesOf = (settings: StudioSettings): Set<string> =>
  new Set((settings.closedDays ?? []).map((day) => day.date));

/** Birthday greetings: marketing, so they go only with consent; off until the studio switches them on. */
export interface BirthdayGreetingSettings {
  enabled: boolean;
  channelPolicy: ChannelPolicy;
  /** A promotion code the greeting gives as a gift (`{{promotionCode}}`); null = none. */
  promotionCode: string | null;
}

export const DEFAULT_BIRTHDAY_GREETINGS: BirthdayGreetingSettings = {
  enabled: false,
  channelPolicy: "sms_else_email",
  promotionCode: null,
};

export const birthdayGreetingsOf = (settings: StudioSettings): BirthdayGreetingSettings => ({
  ...DEFAULT_BIRTHDAY_GREETINGS,
  ...settings.birthdayGreetings,
});

/** A daily span in the studio's zone, "HH:mm"; `to` is exclusive and may be "24:00". No `days` = every day. */
export interface SendWindow {
  days?: Weekday[];
  from: string;
  to: string;
}

/** A studio's limit on marketing per client and channel: at most `messages` within `days`. */
export interface MarketingFrequency {
  messages: number;
  days: number;
}

export interface StudioMessagingSettings {
  /** When messages may go out, in the studio's zone; none = any time (marketing: 08:00–21:00). */
  sendWindows: SendWindow[];
  /** Most SMS segments a template may need; the preview reports more as a problem. */
  maxSmsSegments: number;
  /** The studio's online booking page: the `bookingLink` of every message that names none itself. */
  bookingUrl: string | null;
  /** How much marketing one client gets per channel; more is skipped with FREQUENCY_CAP. */
  marketingFrequency: MarketingFrequency;
}

export const DEFAULT_MESSAGING_SETTINGS: StudioMessagingSettings = {
  sendWindows: [],
  maxSmsSegments: 2,
  bookingUrl: null,
  marketingFrequency: { messages: 1, days: 7 },
};

export const messagingSettingsOf = (settings: StudioSettings): StudioMessagingSettings => ({
  ...DEFAULT_MESSAGING_SETTINGS,
  ...settings.messaging,
});

export interface Studio {
  id: string;
  /** Unique, URL-safe and fixed: the studio's online booking answers to it (see docs/onboarding.md). */
  handle: string;
  name: string;
  kind: StudioKind;
  /** IANA zone, e.g. Europe/Berlin. Every local time of the studio is read in it. */
  timeZone: string;
  /** BCP 47 locale, e.g. de-DE. */
  locale: string;
  /** ISO 4217 currency, e.g. EUR. Prices are integers in the currency's minor unit. */
  currency: string;
  settings: StudioSettings;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const waitlistPolicyOf = (settings: StudioSettings): WaitlistPolicy => ({
  ...DEFAULT_WAITLIST_POLICY,
  ...settings.waitlist,
});
