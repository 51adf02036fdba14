import type * as z from "zod";
import type {
  availabilitySchema,
  codeSentSchema,
  holdSchema,
  onlineBookingAnswerSchema,
  onlineBookingSchema,
  onlineWaitlistEntrySchema,
  onlineWaitlistJoinSchema,
  publicProfileSchema,
  waitlistCodeSentSchema,
} from "../../functions/http/booking/booking-schemas";

// Types only: the routes' own zod schemas describe what they answer, and none of zod reaches the bundle.
export type PublicProfile = z.infer<typeof publicProfileSchema>;
export type Service = PublicProfile["categories"][number]["services"][number];
export type AvailableDay = z.infer<typeof availabilitySchema>["days"][number];
export type Hold = z.infer<typeof holdSchema>;
export type CodeSent = z.infer<typeof codeSentSchema>;
export type BookingRequest = z.input<typeof onlineBookingSchema>;
export type Booking = z.infer<typeof onlineBookingAnswerSchema>;
export type WaitlistCodeSent = z.infer<typeof waitlistCodeSentSchema>;
export type WaitlistJoin = z.input<typeof onlineWaitlistJoinSchema>;
export type WaitlistEntry = z.infer<typeof onlineWaitlistEntrySchema>;

/** A refusal as the API words it (`{error: {code, message, fields?, …facts}}`), or OFFLINE when none came. */
export class BookingApiError extends Error {
  constructor(
    readonly code: string,
    /** The offending fields without their `body.` prefix, e.g. `phone`. */
    readonly fields: string[] = [],
    /** Facts to act on, e.g. `triesLeft` or `retryAfterSeconds`. */
    readonly details: Record<string, string> = {},
  ) {
    super(code);
    this.name = "BookingApiError";
  }
}

interface ErrorBody {
  error?: { code?: string; fields?: Array<{ field: string }> } & Record<string, unknown>;
}

/**
 * API Gateway's own throttling answers 429 without Rebook's error body (`{"message":"Too Many Requests"}`): it
 * is the same "too many requests" as the routes' own limits.
 */
const codeWithoutBody = (status: number) => (status === 429 ? "RATE.LIMITED" : "INTERNAL");

const refusalOf = async (response: Response): Promise<BookingApiError> => {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const { code, fields, message: _message, ...facts } = body.error ?? {};
  return new BookingApiError(
    code ?? codeWithoutBody(response.status),
    (fields ?? []).map(({ field }) => field.replace(/^body\./, "")),
    Object.fromEntries(
      Object.entries(facts).filter((fact): fact is [string, string] => typeof fact[1] === "string"),
    ),
  );
};

/** The public booking routes of one studio, under `/book/{handle}` of the booking API at `base`. */
export const bookingClient = (base: string, handle: string) => {
  const root = `${base}/book/${encodeURIComponent(handle)}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new BookingApiError("OFFLINE");
    }
    if (!response.ok) throw await refusalOf(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  const hold = (holdId: string) => `/holds/${encodeURIComponent(holdId)}`;
  return {
    profile: () => call<PublicProfile>("GET", ""),
    availability: (query: { serviceId: string; staffId: string | null; from: string; days: number }) => {
      const search = new URLSearchParams({
        serviceId: query.serviceId,
        from: query.from,
        days: String(query.days),
      });
      if (query.staffId !== null) search.set("staffId", query.staffId);
      return call<{ days: AvailableDay[] }>("GET", `/availability?${search}`);
    },
    takeHold: (request: { serviceId: string; staffId: string | null; startsAt: string }) =>
      call<Hold>("POST", "/holds", request),
    extendHold: (holdId: string) => call<Hold>("POST", `${hold(holdId)}/extension`),
    releaseHold: (holdId: string) => call<undefined>("DELETE", hold(holdId)),
    sendCode: (holdId: string, phone: string) => call<CodeSent>("POST", `${hold(holdId)}/code`, { phone }),
    checkCode: (holdId: string, code: string) =>
      call<{ verified: true }>("POST", `${hold(holdId)}/code/check`, { code }),
    book: (request: BookingRequest) => call<Booking>("POST", "/bookings", request),
    /** Texts a code for joining the waitlist; with the join's `verificationId`, a new code for the same join. */
    sendWaitlistCode: (phone: string, verificationId: string | null) =>
      call<WaitlistCodeSent>("POST", "/waitlist/code", { phone, verificationId }),
    joinWaitlist: (request: WaitlistJoin) => call<WaitlistEntry>("POST", "/waitlist", request),
  };
};

export type BookingClient = ReturnType<typeof bookingClient>;
