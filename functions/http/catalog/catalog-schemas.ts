import * as z from "zod";
import { CHANNEL_POLICIES, CHANNELS } from "../../../domain/model/consent";
import { RELIABILITY_COLOURS } from "../../../domain/model/deposit-policy";
import { promotionCodeSchema } from "../clients/promotion-schemas";
import {
  idSchema,
  isoDateSchema,
  localTimeSchema,
  singleLineText,
  storedItemFields,
} from "../shared/common-schemas";

const name = singleLineText(100).min(1);

/** PATCH bodies must name something to change. */
const changesOf = <S extends z.ZodRawShape>(fields: S) =>
  z
    .strictObject(fields)
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, "names no field to change");

const localeSchema = z
  .string()
  .min(2)
  .max(35)
  .refine((locale) => {
    try {
      return Intl.getCanonicalLocales(locale).length === 1;
    } catch {
      return false;
    }
  }, "must be a BCP 47 locale, e.g. de-DE");

const weekdaySchema = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/** A daily span "HH:mm"–"HH:mm" (end exclusive, "24:00" allowed), optionally on some weekdays only. */
const sendWindowSchema = z
  .strictObject({
    days: z.array(weekdaySchema).min(1).max(7).optional(),
    from: localTimeSchema,
    to: z.union([localTimeSchema, z.literal("24:00")]),
  })
  .refine((window) => window.from < window.to, { path: ["to"], message: "must be after from" });

const studioProfile = {
  name,
  kind: z.enum(["salon", "barber", "tattoo", "piercing", "beauty"]),
  /** Checked against the IANA database by the domain. */
  timeZone: z.string().trim().min(1).max(64),
  locale: localeSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code, e.g. EUR"),
};
const defaultCountry = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code, e.g. DE");

/** What the platform operator gives to open a studio (see docs/onboarding.md). */
export const studioApplicationSchema = z.strictObject({
  ...studioProfile,
  /** Checked by the domain: URL-safe, not reserved. */
  handle: z.string().min(1).max(64),
  settings: z.strictObject({ defaultCountry }),
  owner: z.strictObject({ email: z.email().max(254), name }),
});

const minorUnits = z.number().int().min(1).max(100_000_000);

/** One deposit rule: when it holds and how much it asks. */
const depositRuleSchema = z.strictObject({
  when: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("service_price"),
      /** Minor units: services costing at least this much. */
      atLeast: z.number().int().min(0).max(100_000_000),
      /** Only services of this category; null or left out: every category. */
      categoryId: idSchema.nullable().default(null),
    }),
    z.strictObject({
      kind: z.literal("reliability"),
      colours: z.array(z.enum(RELIABILITY_COLOURS)).min(1).max(4),
    }),
    z.strictObject({ kind: z.literal("client_tag"), tag: singleLineText(50).min(1) }),
    z.strictObject({ kind: z.literal("new_client") }),
  ]),
  amount: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("fixed"), amount: minorUnits }),
    z.strictObject({ kind: z.literal("percentage"), percent: z.number().int().min(1).max(100) }),
  ]),
});

const waitlistPolicyFields = {
  /** Who is offered a freed slot first: the order they joined, or the most reliable client first. */
  order: z.enum(["joined", "reliability"]),
  /** Offers at once; the first to accept wins. 1 offers the slot to one client at a time. */
  offersPerRound: z.number().int().min(1).max(10),
  /** How long each offer may be accepted. */
  offerMinutes: z.number().int().min(5).max(240),
};

/** What the studio stores as its deposit policy (the response's shape of `settings.deposits`). */
const depositPolicySchema = z.strictObject({
  enabled: z.boolean(),
  rules: z.array(depositRuleSchema),
  payWithinMinutes: z.number().int(),
  retainOn: z.array(z.enum(["no_show", "late_cancellation"])),
  policyText: z.string().nullable(),
});

export const studioChangesSchema = changesOf({
  ...studioProfile,
  settings: changesOf({
    defaultCountry,
    overdueGraceDays: z.number().int().min(0).max(365).nullable(),
    closedDays: z.array(z.strictObject({ date: isoDateSchema, reason: singleLineText(200) })).max(366),
    appointments: changesOf({
      reminders: z
        .array(
          z.strictObject({
            hoursBefore: z
              .number()
              .int()
              .min(1)
              .max(7 * 24),
            channel: z.enum(CHANNELS),
          }),
        )
        .max(3),
      noticeChannel: z.enum(CHANNEL_POLICIES),
      lateArrivalMinutes: z.number().int().min(5).max(120),
      policyText: z.string().trim().min(1).max(300).nullable(),
      incidentWindowMonths: z.number().int().min(1).max(36),
      onlineBanDays: z.number().int().min(1).max(730),
    }),
    /** The deposit policy; `enabled: true` needs a `policyText` (see docs/deposits-and-waitlist.md). */
    deposits: changesOf({
      enabled: z.boolean(),
      rules: z.array(depositRuleSchema).max(20),
      payWithinMinutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
      /** A paid deposit is kept on these; otherwise a cancellation pays it back and a no-show is staff's call. */
      retainOn: z.array(z.enum(["no_show", "late_cancellation"])).max(2),
      policyText: z.string().trim().min(1).max(500).nullable(),
    }),
    /** How freed slots are offered to the waitlist (see docs/deposits-and-waitlist.md). */
    waitlist: changesOf(waitlistPolicyFields),
    messaging: changesOf({
      sendWindows: z.array(sendWindowSchema).max(21),
      maxSmsSegments: z.number().int().min(1).max(10),
      bookingUrl: z
        .url({ protocol: /^https?$/ })
        .max(500)
        .nullable(),
    }),
    birthdayGreetings: changesOf({
      enabled: z.boolean(),
      channelPolicy: z.enum(CHANNEL_POLICIES),
      promotionCode: promotionCodeSchema.nullable(),
    }),
  }),
});

const categoryFields = {
  name,
  defaultIntervalDays: z.number().int().min(1).max(3650).nullable(),
};

export const newCategorySchema = z.strictObject({
  ...categoryFields,
  defaultIntervalDays: categoryFields.defaultIntervalDays.default(null),
});
export const categoryChangesSchema = changesOf(categoryFields);

const serviceFields = {
  categoryId: idSchema,
  name,
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  price: z.number().int().min(0).max(100_000_000),
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  bookableOnline: z.boolean(),
  /** Who performs it; empty = every staff member. */
  staffIds: z.array(idSchema).max(100),
};

export const newServiceSchema = z.strictObject({
  ...serviceFields,
  bufferBeforeMinutes: serviceFields.bufferBeforeMinutes.default(0),
  bufferAfterMinutes: serviceFields.bufferAfterMinutes.default(0),
  bookableOnline: serviceFields.bookableOnline.default(false),
  staffIds: serviceFields.staffIds.default([]),
});
export const serviceChangesSchema = changesOf(serviceFields);

const timeSpanSchema = z.strictObject({ from: localTimeSchema, to: localTimeSchema });
const daySchema = z.array(timeSpanSchema).max(8).optional();

/** Overlaps and spans ending before they start are the domain's to refuse. */
const weeklyHoursSchema = z.strictObject({
  mon: daySchema,
  tue: daySchema,
  wed: daySchema,
  thu: daySchema,
  fri: daySchema,
  sat: daySchema,
  sun: daySchema,
});

const timeOffSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema, reason: singleLineText(200) })
  .refine((away) => away.from <= away.to, { path: ["to"], message: "must not be before from" });

const staffFields = {
  name,
  email: z.email().max(254).nullable(),
  workingHours: weeklyHoursSchema,
  timeOff: z.array(timeOffSchema).max(100),
  /** A date's own hours instead of the weekly ones; [] = a day off. */
  dateOverrides: z.record(isoDateSchema, z.array(timeSpanSchema).max(8)),
};

export const newStaffSchema = z.strictObject({
  ...staffFields,
  email: staffFields.email.default(null),
  workingHours: weeklyHoursSchema.default({}),
  timeOff: staffFields.timeOff.default([]),
  dateOverrides: staffFields.dateOverrides.default({}),
});
export const staffChangesSchema = changesOf(staffFields);

export const studioSchema = z
  .strictObject({
    id: z.string(),
    /** Unique and URL-safe: the studio's online booking answers to it. */
    handle: z.string(),
    name: z.string(),
    kind: studioProfile.kind,
    /** IANA zone: every local time of the studio is read in it. */
    timeZone: z.string(),
    /** BCP 47. */
    locale: z.string(),
    /** ISO 4217; prices are integers in its minor unit. */
    currency: z.string(),
    settings: z.strictObject({
      defaultCountry: z.string(),
      /** Null: max(7 days, 20 % of the client's interval). */
      overdueGraceDays: z.number().int().nullable(),
      /** Absent until first changed: the defaults apply. */
      messaging: z
        .strictObject({
          sendWindows: z.array(sendWindowSchema),
          maxSmsSegments: z.number().int(),
          bookingUrl: z.string().nullable(),
          /** At most `messages` marketing messages per client and channel within `days`. */
          marketingFrequency: z.strictObject({ messages: z.number().int(), days: z.number().int() }),
        })
        .optional(),
      /** Reminders, notices and late arrivals; absent until first changed: the defaults apply. */
      appointments: z
        .strictObject({
          reminders: z.array(z.strictObject({ hoursBefore: z.number().int(), channel: z.enum(CHANNELS) })),
          noticeChannel: z.enum(CHANNEL_POLICIES),
          lateArrivalMinutes: z.number().int(),
          /** Null: a sentence built from the online-booking cancellation cut-off. */
          policyText: z.string().nullable(),
          incidentWindowMonths: z.number().int(),
          onlineBanDays: z.number().int(),
        })
        .optional(),
      /** The deposit policy; absent until first changed: none is asked. */
      deposits: depositPolicySchema.optional(),
      /** How freed slots are offered; absent until first changed: the order joined, 3 at once, 30 minutes. */
      waitlist: z.strictObject(waitlistPolicyFields).optional(),
      /** Days the whole studio is closed; absent until first set. */
      closedDays: z.array(z.strictObject({ date: isoDateSchema, reason: z.string() })).optional(),
      /** Absent until first changed: greetings are off. */
      birthdayGreetings: z
        .strictObject({
          enabled: z.boolean(),
          channelPolicy: z.enum(CHANNEL_POLICIES),
          promotionCode: z.string().nullable(),
        })
        .optional(),
    }),
    ...storedItemFields,
  })
  .meta({ id: "Studio" });

/** What every catalog item carries besides its own fields. */
const catalogItemFields = { id: z.string(), studioId: z.string(), ...storedItemFields };

export const categorySchema = z
  .strictObject({
    ...catalogItemFields,
    name: z.string(),
    /** For clients with fewer than three visits; null = not evaluated until then. */
    defaultIntervalDays: z.number().int().nullable(),
  })
  .meta({ id: "Category" });

export const serviceSchema = z
  .strictObject({
    ...catalogItemFields,
    categoryId: z.string(),
    name: z.string(),
    durationMinutes: z.number().int(),
    /** Minor currency units. */
    price: z.number().int(),
    /** Kept free before and after it: part of the time every booking of it holds. */
    bufferBeforeMinutes: z.number().int(),
    bufferAfterMinutes: z.number().int(),
    bookableOnline: z.boolean(),
    /** Who performs it; empty = every staff member. */
    staffIds: z.array(z.string()),
  })
  .meta({ id: "Service" });

export const staffSchema = z
  .strictObject({
    ...catalogItemFields,
    name: z.string(),
    email: z.string().nullable(),
    workingHours: weeklyHoursSchema,
    /** Whole days away, local dates, both ends included. */
    timeOff: z.array(z.strictObject({ from: isoDateSchema, to: isoDateSchema, reason: z.string() })),
    /** A date's own hours instead of the weekly ones; [] = a day off. */
    dateOverrides: z.record(isoDateSchema, z.array(timeSpanSchema)),
  })
  .meta({ id: "Staff" });
