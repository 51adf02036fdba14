import type { Versioned } from "./versioned";

/** The studio's terms of online booking; every change of the text is a new version. */
export interface BookingTerms {
  version: number;
  text: string;
  /** SHA-256 of the text, hex: what a client's acceptance refers to. */
  textHash: string;
  changedAt: string;
}

/** How a studio takes bookings on its website. */
export interface OnlineBookingSettings extends Versioned {
  studioId: string;
  enabled: boolean;
  /** Earliest start from now. */
  minimumNoticeMinutes: number;
  /** Latest start from now. */
  horizonDays: number;
  /** Slots start every this many minutes from the start of the working hours. */
  slotStepMinutes: number;
  /** The client may pick a staff member; "anyone" is always offered. */
  staffChoice: boolean;
  /** A phone number no card of the studio holds may book (a new card is made). */
  newClientsAllowed: boolean;
  /** Upcoming online bookings one client (one verified phone) may hold at once. */
  maxOpenBookingsPerPhone: number;
  /** Website origins the widget runs on (CORS), e.g. https://studio.example. */
  allowedOrigins: string[];
  /** Countries whose mobile numbers may receive codes; empty = the studio's default country only. */
  phoneCountries: string[];
  /** Codes the studio sends per day at most (SMS cost ceiling); at most 200. */
  dailyCodeBudget: number;
  /** Cancelling later than this before the start counts as a late cancellation. */
  cancellationCutoffHours: number;
  terms: BookingTerms | null;
  updatedAt: string;
}

export const defaultOnlineBookingSettings = (studioId: string): OnlineBookingSettings => ({
  studioId,
  enabled: false,
  minimumNoticeMinutes: 120,
  horizonDays: 60,
  slotStepMinutes: 15,
  staffChoice: true,
  newClientsAllowed: true,
  maxOpenBookingsPerPhone: 3,
  allowedOrigins: [],
  phoneCountries: [],
  dailyCodeBudget: 200,
  cancellationCutoffHours: 24,
  terms: null,
  updatedAt: "1970-01-01T00:00:00.000Z",
  version: 0,
});

/** A slot kept for a client while they verify their phone: it holds the staff member's time until it lapses. */
export interface BookingHold {
  id: string;
  studioId: string;
  serviceId: string;
  staffId: string;
  /** The appointment's own time, and the service's buffers around it: the hold keeps what the booking will hold. */
  startsAt: string;
  endsAt: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  lapsesAt: string;
  /** How often it was extended; a hold lives at most `MAX_HOLD_EXTENSIONS` extensions longer. */
  extensions: number;
  createdAt: string;
}

/** A phone verification for one hold: the code's HMAC, never the code. */
export interface PhoneVerification extends Versioned {
  studioId: string;
  /** What the code verifies: a hold's id, or a waitlist join's (`waitlist-…`). */
  holdId: string;
  /** E.164. */
  phone: string;
  codeHash: string;
  codeExpiresAt: string;
  /** Codes sent for this hold and phone; the next may go out at `nextCodeAt`. */
  codesSent: number;
  nextCodeAt: string;
  /** Checks of the current code, right or wrong; the fifth ends it. */
  attempts: number;
  verifiedAt: string | null;
  consumedAt: string | null;
  updatedAt: string;
}
