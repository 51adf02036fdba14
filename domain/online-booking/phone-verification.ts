import { DateTime } from "luxon";
import { blocksAgainst } from "../blocks/blocks";
import { countryOfPhone, readPhone } from "../clients/phone-number";
import { RebookError, validationError } from "../errors";
import { renderTemplate } from "../messaging/templates";
import type { Client } from "../model/client";
import type { PhoneVerification } from "../model/online-booking";
import { type OutboxMessage, outboxMessageId } from "../model/outbox-message";
import type { Studio } from "../model/studio";
import type { VisitHistory } from "../model/visit-history";
import { refusedOnline } from "../no-shows/online-refusal";
import type { Dependencies } from "../ports/dependencies";
import type { RateLimit } from "../ports/online-booking-store";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { resolveTemplate } from "../templates/resolve-template";
import { templateLocaleOf } from "../templates/template-locale";
import { type BookingStudio, bookingStudio, callStudio } from "./booking-studio";
import { liveHold } from "./holds";

/** NIST SP 800-63B / OWASP ASVS V2.7 defaults; a studio cannot loosen them. */
export const CODE_MINUTES = 10;
export const MAX_CODE_CHECKS = 5;
const FIRST_RESEND_SECONDS = 30;
const CODES_PER_PHONE_15_MINUTES = 3;
const CODES_PER_PHONE_DAY = 10;
const CODES_PER_IP_HOUR = 10;
const MAX_DAILY_CODE_BUDGET = 200;
/** Tries of a code's transaction that collided with others on the same counters. */
const COUNTER_ATTEMPTS = 10;

const plusSeconds = (instant: string, seconds: number) =>
  new Date(Date.parse(instant) + seconds * 1000).toISOString();

/** The pseudo-client a hold's code messages are filed under: the number may not belong to any card yet. */
export const codeRecipientOf = (holdId: string): string => `code-${holdId}`;

export interface CodeSent {
  codeExpiresAt: string;
  /** When another code may be asked for. */
  resendAfterSeconds: number;
}

export type VerificationDeps = Pick<
  Dependencies,
  | "studios"
  | "onlineBooking"
  | "clients"
  | "appointments"
  | "blocks"
  | "templates"
  | "sendNow"
  | "keyedHash"
  | "clock"
  | "newCode"
>;

/** The code's HMAC, bound to the studio, the hold and the number: a code is worth nothing anywhere else. */
const codeHashOf = (deps: Pick<Dependencies, "keyedHash">, verification: PhoneVerification, code: string) =>
  deps.keyedHash(
    "booking-code",
    `${verification.studioId}:${verification.holdId}:${verification.phone}:${code}`,
  );

/** The number as a widget sends it: a valid mobile in one of the studio's code countries. */
export const mobileNumber = ({ studio, settings }: BookingStudio, typed: string): string => {
  const { phone, phoneKind } = readPhone(typed, studio.settings.defaultCountry);
  if (phoneKind !== "mobile") throw validationError("phone", "must be a mobile number that can receive SMS");
  const countries =
    settings.phoneCountries.length > 0 ? settings.phoneCountries : [studio.settings.defaultCountry];
  if (!countries.includes(countryOfPhone(phone!) ?? "")) {
    throw validationError("phone", `must be a number from ${countries.join(", ")}`);
  }
  return phone!;
};

/** The studio's active cards holding the number, each with how many upcoming online bookings it has. */
const cardsOfPhone = async (
  deps: Pick<Dependencies, "clients" | "appointments">,
  studioId: string,
  phone: string,
  now: string,
): Promise<Array<BookingCard & { openOnlineBookings: number; refused: boolean }>> => {
  const holders = await deps.clients.holdersInStudio(studioId, "sms", phone);
  const cards = await Promise.all(
    holders.map(async (clientId) => {
      const [client, history] = await Promise.all([
        deps.clients.get(studioId, clientId),
        deps.appointments.history(studioId, clientId),
      ]);
      const upcoming = Object.values(history.bookedOnline).filter(
        (startsAt) => Date.parse(startsAt) > Date.parse(now),
      );
      return {
        client,
        history,
        openOnlineBookings: upcoming.length,
        refused: client !== null && refusedOnline(client, history, now),
      };
    }),
  );
  return cards.flatMap(({ client, ...rest }) =>
    client === null || client.erasedAt !== null ? [] : [{ client, ...rest }],
  );
};

/** The studio's card of a verified phone, with its visit history. */
export interface BookingCard {
  client: Client;
  history: VisitHistory;
}

/**
 * Whether anything stops this number from booking online: a block of the number or of a tag of its cards, a
 * block or a ban on one of its cards, or its open bookings. Resolves to the number's card, if it has one.
 */
export const phoneMayBook = async (
  deps: Pick<Dependencies, "clients" | "appointments" | "blocks">,
  { studio, settings }: BookingStudio,
  phone: string,
  now: string,
): Promise<BookingCard | null> => {
  // The number's block is read with its cards; the cards' tags only once they are known.
  const [cards, phoneBlocks] = await Promise.all([
    cardsOfPhone(deps, studio.id, phone, now),
    blocksAgainst(deps, studio.id, { phones: [phone] }),
  ]);
  const tagBlocks = await blocksAgainst(deps, studio.id, {
    tags: cards.flatMap(({ client }) => client.tags),
  });
  const refused =
    phoneBlocks.length > 0 ||
    tagBlocks.length > 0 ||
    cards.some(
      ({ openOnlineBookings, refused }) => refused || openOnlineBookings >= settings.maxOpenBookingsPerPhone,
    );
  if (refused || (cards.length === 0 && !settings.newClientsAllowed)) throw callStudio();
  const [card] = cards;
  return card === undefined ? null : { client: card.client, history: card.history };
};

const codeLimits = (
  { studio, settings }: BookingStudio,
  phone: string,
  ipAddress: string | null,
  now: string,
): RateLimit[] => {
  const at = DateTime.fromISO(now, { zone: "utc" });
  const quarter = at.startOf("hour").plus({ minutes: Math.floor(at.minute / 15) * 15 });
  const day = at.startOf("day");
  const hour = at.startOf("hour");
  return [
    {
      name: "code-phone-15m",
      subject: phone,
      window: quarter.toISO()!,
      limit: CODES_PER_PHONE_15_MINUTES,
      forgetAt: quarter.plus({ hours: 1 }).toISO()!,
    },
    {
      name: "code-phone-day",
      subject: phone,
      window: day.toISO()!,
      limit: CODES_PER_PHONE_DAY,
      forgetAt: day.plus({ days: 2 }).toISO()!,
    },
    {
      name: "code-studio-day",
      subject: studio.id,
      window: day.toISO()!,
      limit: Math.min(settings.dailyCodeBudget, MAX_DAILY_CODE_BUDGET),
      forgetAt: day.plus({ days: 2 }).toISO()!,
    },
    ...(ipAddress === null
      ? []
      : [
          {
            name: "code-ip-1h",
            subject: ipAddress,
            window: hour.toISO()!,
            limit: CODES_PER_IP_HOUR,
            forgetAt: hour.plus({ hours: 2 }).toISO()!,
          },
        ]),
  ];
};

/** The code's SMS in the studio's language, ending with WebOTP's origin-bound line `@host #code`. */
const codeMessage = async (
  deps: Pick<Dependencies, "templates">,
  studio: Studio,
  verification: PhoneVerification,
  code: string,
  webOtpHost: string,
  now: string,
): Promise<OutboxMessage> => {
  const language = templateLocaleOf(studio);
  const template = await resolveTemplate(deps.templates)(studio.id, "tan_code", "sms", language, null);
  const text = renderTemplate(template, { code, minutes: String(CODE_MINUTES), studioName: studio.name });
  const clientId = codeRecipientOf(verification.holdId);
  const requestId = `code-${verification.holdId}-${verification.codesSent}`;
  return {
    id: outboxMessageId(studio.id, requestId, clientId, "sms"),
    studioId: studio.id,
    requestId,
    clientId,
    channel: "sms",
    templatePurpose: "tan_code",
    purpose: "transactional",
    categoryId: null,
    appointmentId: null,
    appointmentStartsAt: null,
    language,
    status: "queued",
    address: verification.phone,
    subject: null,
    body: `${text.body}\n\n@${webOtpHost} #${code}`,
    unsubscribeUrl: null,
    sendWindows: [],
    timeZone: studio.timeZone,
    releaseAt: now,
    attempts: 0,
    attemptId: null,
    leaseUntil: null,
    providerMessageId: null,
    skipReason: null,
    failureReason: null,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
  };
};

export interface CodeRequest {
  phone: string;
  /** The page the widget runs on (the request's Origin), for WebOTP's origin-bound line. */
  pageOrigin: string | null;
  ipAddress: string | null;
}

/**
 * Sends a six-digit code to the client's mobile for a held slot, at once and through the outbox (exactly
 * once). Refused without a word why (`callStudio`) for a blocked card, a number over its limits or a studio
 * out of codes; no SMS is spent on those. Asking again sends a new code, after a cooldown that doubles.
 */
export const sendBookingCode =
  (deps: VerificationDeps, fallbackHost: string) =>
  async (handle: string, holdId: string, request: CodeRequest): Promise<CodeSent> => {
    const now = deps.clock();
    const booking = await bookingStudio(deps, handle);
    const phone = mobileNumber(booking, request.phone);
    const [, earlier] = await Promise.all([
      liveHold(deps, booking.studio.id, holdId, now),
      deps.onlineBooking.verification(booking.studio.id, holdId),
      phoneMayBook(deps, booking, phone, now),
    ]);
    return issueCode(deps, fallbackHost, booking, { subjectId: holdId, phone, earlier, request, now });
  };

/**
 * Sends a code for a phone that may book (checked by the caller) to verify `subjectId`: a held slot, or a
 * join of the waitlist. Limits per number, IP address and studio are conditional counters written with the
 * code; asking again sends a new code after a cooldown that doubles.
 */
export const issueCode = async (
  deps: VerificationDeps,
  fallbackHost: string,
  booking: BookingStudio,
  {
    subjectId,
    phone,
    earlier,
    request,
    now,
  }: {
    subjectId: string;
    phone: string;
    earlier: PhoneVerification | null;
    request: CodeRequest;
    now: string;
  },
): Promise<CodeSent> => {
  const { studio, settings } = booking;
  if (earlier?.consumedAt != null)
    throw new RebookError("VERIFICATION.ENDED", "this verification was used already");
  const samePhone = earlier !== null && earlier.phone === phone;
  if (samePhone && Date.parse(now) < Date.parse(earlier.nextCodeAt)) {
    const seconds = Math.ceil((Date.parse(earlier.nextCodeAt) - Date.parse(now)) / 1000);
    throw new RebookError("VERIFICATION.COOLDOWN", `a new code can be sent in ${seconds} s`, {
      details: { retryAfterSeconds: String(seconds) },
    });
  }
  const codesSent = (samePhone ? earlier.codesSent : 0) + 1;
  const code = deps.newCode();
  const pending: PhoneVerification = {
    studioId: studio.id,
    holdId: subjectId,
    phone,
    codeHash: "",
    codeExpiresAt: plusSeconds(now, CODE_MINUTES * 60),
    codesSent,
    nextCodeAt: plusSeconds(now, FIRST_RESEND_SECONDS * 2 ** (codesSent - 1)),
    attempts: 0,
    verifiedAt: null,
    consumedAt: null,
    updatedAt: now,
    version: (earlier?.version ?? 0) + 1,
  };
  const verification = { ...pending, codeHash: codeHashOf(deps, pending, code) };
  const allowed = settings.allowedOrigins.find((origin) => origin === request.pageOrigin);
  const host = new URL(allowed ?? settings.allowedOrigins[0] ?? fallbackHost).host;
  const message = await codeMessage(deps, studio, verification, code, host, now);
  const limits = codeLimits(booking, phone, request.ipAddress, now);
  try {
    // Parallel requests count on the same counters, and their transactions collide: each tries again.
    await retryOnConcurrentUpdate(
      () => deps.onlineBooking.issueCode(verification, message, limits),
      COUNTER_ATTEMPTS,
    );
  } catch (error) {
    if (error instanceof RebookError && error.code === "RATE.LIMITED") throw callStudio(error);
    throw error;
  }
  await deps.sendNow(message).catch(() => false);
  return {
    codeExpiresAt: verification.codeExpiresAt,
    resendAfterSeconds: Math.ceil((Date.parse(verification.nextCodeAt) - Date.parse(now)) / 1000),
  };
};

const ended = (why: string) => new RebookError("VERIFICATION.ENDED", why);

/**
 * Checks a code: every check counts (the fifth ends the verification, right code or not), a code is good for
 * `CODE_MINUTES` and only for the hold and number it was sent for. Counted before it is compared, under the
 * verification's version, so parallel guesses cannot exceed the count.
 */
export const checkBookingCode =
  (deps: Pick<Dependencies, "studios" | "onlineBooking" | "keyedHash" | "clock">) =>
  async (handle: string, holdId: string, code: string): Promise<{ verified: true }> => {
    const now = deps.clock();
    const { studio } = await bookingStudio(deps, handle);
    const verification = await deps.onlineBooking.verification(studio.id, holdId);
    if (verification === null) throw ended("no code was sent for this slot");
    if (verification.consumedAt !== null) throw ended("this slot was booked already");
    if (verification.attempts >= MAX_CODE_CHECKS) throw ended("too many wrong codes; ask for a new one");
    if (Date.parse(now) >= Date.parse(verification.codeExpiresAt))
      throw ended("the code expired; ask for a new one");
    const right = codeHashOf(deps, verification, code) === verification.codeHash;
    const checked: PhoneVerification = {
      ...verification,
      attempts: verification.attempts + 1,
      verifiedAt: right ? (verification.verifiedAt ?? now) : verification.verifiedAt,
      updatedAt: now,
      version: verification.version + 1,
    };
    // A concurrent check took this count: the caller tries again and is counted again.
    await deps.onlineBooking.saveVerification(checked);
    if (!right) {
      const left = MAX_CODE_CHECKS - checked.attempts;
      throw new RebookError("VERIFICATION.WRONG_CODE", `the code is not right; ${left} tries left`, {
        issues: [{ field: "code", message: "is not the code we sent" }],
        details: { triesLeft: String(left) },
      });
    }
    return { verified: true };
  };
