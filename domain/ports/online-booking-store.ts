import type { Client } from "../model/client";
import type { ConsentEntry } from "../model/consent";
import type { BookingHold, OnlineBookingSettings, PhoneVerification } from "../model/online-booking";
import type { OutboxMessage } from "../model/outbox-message";
import type { AppointmentChange, StaffDay } from "./appointment-store";

/**
 * A counter that refuses past its limit, per subject and window, counted in the same transaction as what it
 * limits: parallel requests can never pass it together.
 */
export interface RateLimit {
  /** What is counted, e.g. `code-phone-15m`. */
  name: string;
  /** Whom it counts (a phone number, an IP address, a studio id); the store keeps only its keyed hash. */
  subject: string;
  /** The window's start; a new window counts from zero. */
  window: string;
  limit: number;
  /** When the counter may be forgotten. */
  forgetAt: string;
}

/** Everything an online booking writes, at once or not at all. */
export interface OnlineBookingCommit {
  /** The widget's key for this booking: the same key finds the same booking. */
  requestKey: string;
  change: AppointmentChange;
  /** Released: the appointment takes over its time. */
  hold: BookingHold;
  /** At its next version, consumed. */
  verification: PhoneVerification;
  /**
   * The card to write: a new one for a phone the studio did not know (`previous` null), or the booking
   * client's at its next version with its consent summary; null when the card stays as it is.
   */
  client: { card: Client; previous: Client | null } | null;
  /** Consent the client gave while booking, appended to their ledger. */
  consentEntries: ConsentEntry[];
}

export interface OnlineBookingStore {
  /** The studio's settings; the defaults (disabled, version 0) when never saved. */
  settings(studioId: string): Promise<OnlineBookingSettings>;
  saveSettings(settings: OnlineBookingSettings): Promise<void>;
  /** Strongly consistent. */
  hold(studioId: string, holdId: string): Promise<BookingHold | null>;
  /**
   * Writes the hold with the staff days holding its time (each at its version), counted against the limits.
   * Fails with CONCURRENT_UPDATE when a staff day changed meanwhile, RATE.LIMITED when a limit is reached.
   */
  saveHold(hold: BookingHold, staffDays: StaffDay[], limits: RateLimit[]): Promise<void>;
  /** Deletes the hold with the staff days freed of it (each at its version). */
  removeHold(hold: BookingHold, staffDays: StaffDay[]): Promise<void>;
  /** Strongly consistent; the verification of a hold. */
  verification(studioId: string, holdId: string): Promise<PhoneVerification | null>;
  /**
   * Stores the verification with a new code and queues the code's message, counted against the limits, in one
   * transaction. RATE.LIMITED when a limit is reached, CONCURRENT_UPDATE when the verification changed.
   */
  issueCode(verification: PhoneVerification, message: OutboxMessage, limits: RateLimit[]): Promise<void>;
  /** Stores the verification at its version. */
  saveVerification(verification: PhoneVerification): Promise<void>;
  /** The appointment an earlier commit with this key made. */
  bookingOfRequest(studioId: string, requestKey: string): Promise<string | null>;
  commit(commit: OnlineBookingCommit): Promise<void>;
}
