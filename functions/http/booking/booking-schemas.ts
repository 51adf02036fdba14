import * as z from "zod";
import { CHANNELS } from "../../../domain/model/consent";
import { timeOfDaySchema } from "../appointments/waitlist-schemas";
import {
  idSchema,
  instantSchema,
  isoDateSchema,
  multiLineText,
  singleLineText,
  writtenInstantSchema,
} from "../shared/common-schemas";

/** PATCH bodies must name something to change. */
const changesOf = <S extends z.ZodRawShape>(fields: S) =>
  z
    .strictObject(fields)
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, "names no field to change");

const websiteOrigin = z
  .url({ protocol: /^https?$/ })
  .max(200)
  .refine(
    (url) => new URL(url).origin === url,
    "must be an origin like https://studio.example, without a path",
  );

export const onlineBookingChangesSchema = changesOf({
  enabled: z.boolean(),
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(14 * 24 * 60),
  horizonDays: z.number().int().min(1).max(365),
  slotStepMinutes: z.number().int().min(5).max(120).multipleOf(5),
  staffChoice: z.boolean(),
  newClientsAllowed: z.boolean(),
  maxOpenBookingsPerPhone: z.number().int().min(1).max(10),
  allowedOrigins: z.array(websiteOrigin).max(10),
  phoneCountries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code, e.g. DE"))
    .max(30),
  /** The studio may lower the daily code budget, never raise it above 200. */
  dailyCodeBudget: z.number().int().min(1).max(200),
  cancellationCutoffHours: z
    .number()
    .int()
    .min(0)
    .max(7 * 24),
  termsText: multiLineText(20_000).min(1),
});

export const handlePath = z.object({ handle: z.string().min(1).max(64) });
export const holdPath = handlePath.extend({ holdId: idSchema });
export const manageTokenPath = z.object({ token: z.string().min(1).max(512) });

/** What the page's buttons post: confirm (from the reminder) or cancel. */
export const manageActionSchema = z.strictObject({
  action: z.enum(["confirm", "cancel"]).default("cancel"),
});

export const availabilityQuerySchema = z.strictObject({
  serviceId: idSchema,
  staffId: idSchema.optional().transform((staffId) => staffId ?? null),
  from: isoDateSchema,
  days: z.coerce.number().int().min(1).max(14).default(7),
});

export const holdRequestSchema = z.strictObject({
  serviceId: idSchema,
  /** null: anyone who performs the service. */
  staffId: idSchema.nullable().default(null),
  startsAt: instantSchema,
});

export const codeRequestSchema = z.strictObject({ phone: singleLineText(32).min(3) });
export const codeCheckSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, "must be the six digits sent"),
});

const name = singleLineText(100).min(1);

export const onlineBookingSchema = z
  .strictObject({
    /** The widget's own key for this booking (8–64 of A–Z, a–z, 0–9, - and _): sent again, it finds the same booking. */
    requestKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, '-' or '_'"),
    holdId: idSchema,
    firstName: name,
    lastName: name,
    email: z.email().max(254).nullable().default(null),
    termsVersion: z.number().int().min(1),
    termsAccepted: z.literal(true, "the terms must be accepted"),
    marketingConsent: z.array(z.enum(CHANNELS)).max(2).default([]),
    /** The sentence shown next to the marketing checkbox: the ledger keeps it as the consent's evidence. */
    consentText: singleLineText(500).default(""),
    /** A tattoo or piercing project the client asks for: opened as a request, this booking its first session. */
    project: z
      .strictObject({
        description: multiLineText(2000).min(1),
        placement: singleLineText(100).min(1),
        size: singleLineText(100).min(1),
        /** One of the profile's staff; null: whoever fits. */
        preferredStaffId: idSchema.nullable().default(null),
      })
      .nullable()
      .default(null),
  })
  .refine((booking) => booking.marketingConsent.length === 0 || booking.consentText !== "", {
    path: ["consentText"],
    message: "must be the sentence shown with the marketing checkbox",
  });

/* Answers. */

export const onlineBookingSettingsSchema = z.strictObject({
  studioId: z.string(),
  enabled: z.boolean(),
  minimumNoticeMinutes: z.number().int(),
  horizonDays: z.number().int(),
  slotStepMinutes: z.number().int(),
  staffChoice: z.boolean(),
  newClientsAllowed: z.boolean(),
  maxOpenBookingsPerPhone: z.number().int(),
  allowedOrigins: z.array(z.string()),
  phoneCountries: z.array(z.string()),
  dailyCodeBudget: z.number().int(),
  cancellationCutoffHours: z.number().int(),
  /** Null until the studio writes its terms; every change of the text is the next version. */
  terms: z
    .strictObject({
      version: z.number().int(),
      text: z.string(),
      textHash: z.string(),
      changedAt: writtenInstantSchema,
    })
    .nullable(),
  updatedAt: writtenInstantSchema,
  /** 0 until first saved: the defaults. */
  version: z.number().int(),
});

export const publicProfileSchema = z.strictObject({
  name: z.string(),
  handle: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  currency: z.string(),
  minimumNoticeMinutes: z.number().int(),
  horizonDays: z.number().int(),
  cancellationCutoffHours: z.number().int(),
  staffChoice: z.boolean(),
  categories: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      services: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          durationMinutes: z.number().int(),
          /** Minor currency units. */
          price: z.number().int(),
          /** Who performs it (empty: everyone, or the studio assigns). */
          staffIds: z.array(z.string()),
        }),
      ),
    }),
  ),
  staff: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  terms: z.strictObject({ version: z.number().int(), text: z.string() }),
  /** The studio's deposit policy in its words while it asks for deposits; null otherwise. */
  depositPolicyText: z.string().nullable(),
});

export const availabilitySchema = z.strictObject({
  days: z.array(
    z.strictObject({
      date: isoDateSchema,
      slots: z.array(
        z.strictObject({
          startsAt: writtenInstantSchema,
          endsAt: writtenInstantSchema,
          /** Who is free then. */
          staffIds: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export const holdSchema = z.strictObject({
  holdId: z.string(),
  staffId: z.string(),
  serviceId: z.string(),
  startsAt: writtenInstantSchema,
  endsAt: writtenInstantSchema,
  /** The slot is free again after this, unless extended or booked. */
  lapsesAt: writtenInstantSchema,
  extensionsLeft: z.number().int(),
});

export const codeSentSchema = z.strictObject({
  codeExpiresAt: writtenInstantSchema,
  /** Seconds until another code may be asked for. */
  resendAfterSeconds: z.number().int(),
});

/** A waitlist join's verification: `waitlist-` and an id. */
const waitlistVerificationSchema = z
  .string()
  .regex(/^waitlist-[A-Za-z0-9_-]{1,64}$/, "is not a waitlist verification");

export const waitlistCodeRequestSchema = codeRequestSchema.extend({
  /** The join's verification, to send a new code for it; left out to start one. */
  verificationId: waitlistVerificationSchema.nullable().default(null),
});

export const waitlistCodeSentSchema = codeSentSchema.extend({ verificationId: z.string() });

export const onlineWaitlistJoinSchema = z.strictObject({
  verificationId: waitlistVerificationSchema,
  code: codeCheckSchema.shape.code,
  serviceId: idSchema,
  /** null: anyone who performs the service. */
  staffId: idSchema.nullable().default(null),
  /** The studio's local dates, both included, at most 90 days apart. */
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  /** Null or left out: any time of day. */
  timeOfDay: timeOfDaySchema.nullable().default(null),
  firstName: name,
  lastName: name,
});

export const onlineWaitlistEntrySchema = z.strictObject({
  entryId: z.string(),
  serviceName: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
});

export const codeCheckedSchema = z.strictObject({ verified: z.literal(true) });

export const onlineBookingAnswerSchema = z.strictObject({
  appointmentId: z.string(),
  serviceName: z.string(),
  startsAt: writtenInstantSchema,
  endsAt: writtenInstantSchema,
  /** The client's page to see and cancel the booking. */
  manageUrl: z.string(),
  /** The project the booking opened, if it asked for one. */
  projectId: z.string().nullable(),
  /** `pending_deposit`: the slot is held until the deposit is paid (by `deposit.payBy`), then booked. */
  status: z.enum(["booked", "pending_deposit"]),
  /** The deposit the studio's policy asks of this booking, and the page to pay it on; null when none. */
  deposit: z
    .strictObject({
      /** Minor units of `currency`. */
      amount: z.number().int(),
      currency: z.string(),
      /** Unpaid then, the booking is released. */
      payBy: writtenInstantSchema.nullable(),
      paymentUrl: z.string(),
    })
    .nullable(),
});
