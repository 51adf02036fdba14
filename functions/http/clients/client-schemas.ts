import * as z from "zod";
import { CHANNELS, PURPOSES } from "../../../domain/messaging/consent";
import { BLOCK_KINDS } from "../../../domain/model/block";
import { LANGUAGES } from "../../../domain/model/language";
import { MAX_PHOTO_BYTES, PHOTO_KINDS, PHOTO_TYPES } from "../../../domain/model/photo";
import { appointmentSchema, clientAppointmentSchema } from "../appointments/appointment-schemas";
import { messageViewSchema } from "../messages/message-schemas";
import { projectSchema } from "../projects/project-schemas";
import { visitRhythmSchema } from "../reconnect/reconnect-schemas";
import {
  channelSchema,
  idSchema,
  isoDateSchema,
  monthSchema,
  multiLineText,
  pageQuerySchema,
  singleLineText,
  storedItemFields,
  writtenInstantSchema,
} from "../shared/common-schemas";
import { clientPromotionSchema } from "./promotion-schemas";

const name = singleLineText(100).min(1);

const addressSchema = z.strictObject({
  street: singleLineText(200).nullable().default(null),
  postcode: singleLineText(20).nullable().default(null),
  city: singleLineText(100).nullable().default(null),
});

const invoiceCodesSchema = z.strictObject({
  pec: z.email().max(254).nullable().default(null),
  sdi: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,7}$/, "must be the 7-character SDI recipient code (6 for public bodies)")
    .nullable()
    .default(null),
});

const clientFields = {
  firstName: name,
  lastName: name,
  email: z.email().max(254).nullable(),
  phone: singleLineText(32).min(3).nullable(),
  birthday: isoDateSchema.nullable(),
  address: addressSchema,
  gender: z.enum(["female", "male", "diverse", "unspecified"]),
  notes: multiLineText(5000),
  tags: z.array(singleLineText(40).min(1)).max(20),
  referralSource: singleLineText(100).nullable(),
  profession: singleLineText(100).nullable(),
  education: singleLineText(100).nullable(),
  taxCode: singleLineText(32).min(1).nullable(),
  invoiceCodes: invoiceCodesSchema,
  /** The language of the client's messages; null = the studio's. */
  language: z.enum(LANGUAGES).nullable(),
  clientSince: isoDateSchema.nullable(),
};

/** Keep the card although another card of the studio already holds its phone number or email address. */
const allowDuplicate = z.boolean().default(false);

export const newClientSchema = z.strictObject({
  ...clientFields,
  email: clientFields.email.default(null),
  phone: clientFields.phone.default(null),
  birthday: clientFields.birthday.default(null),
  address: addressSchema.default({ street: null, postcode: null, city: null }),
  gender: clientFields.gender.default("unspecified"),
  notes: clientFields.notes.default(""),
  tags: clientFields.tags.default([]),
  referralSource: clientFields.referralSource.default(null),
  profession: clientFields.profession.default(null),
  education: clientFields.education.default(null),
  taxCode: clientFields.taxCode.default(null),
  invoiceCodes: invoiceCodesSchema.default({ pec: null, sdi: null }),
  language: clientFields.language.default(null),
  clientSince: clientFields.clientSince.default(null),
  allowDuplicate,
});

export const clientChangesSchema = z
  .strictObject({ ...clientFields, allowDuplicate: z.boolean() })
  .partial()
  .refine(
    (changes) => Object.keys(changes).some((field) => field !== "allowDuplicate"),
    "names no field to change",
  );

export const clientSearchSchema = pageQuerySchema
  .extend({
    name: singleLineText(100).optional(),
    phone: z.string().trim().min(1).max(32).optional(),
    email: z.string().trim().min(1).max(254).optional(),
    tag: singleLineText(40).min(1).optional(),
    group: idSchema.optional(),
  })
  .refine(
    (query) =>
      [query.name, query.phone, query.email, query.tag, query.group].filter((value) => value !== undefined)
        .length <= 1,
    "search by one of name, phone, email, tag or group",
  );

const consentSourceSchema = z.enum([
  "booking_form",
  "paper_form",
  "unsubscribe_link",
  "sms_stop",
  "staff",
  "email_complaint",
]);
/** Sources staff may record; unsubscribe links, STOP replies and complaints are recorded by Rebook itself. */
const staffConsentSourceSchema = consentSourceSchema.extract(["booking_form", "paper_form", "staff"]);

const consentEvidenceSchema = z.strictObject({
  text: multiLineText(5000).nullable().default(null),
  ipAddress: z.union([z.ipv4(), z.ipv6()]).nullable().default(null),
  userAgent: singleLineText(500).nullable().default(null),
});

export const consentDeclarationSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  purpose: z.enum(PURPOSES),
  granted: z.boolean(),
  source: staffConsentSourceSchema,
  evidence: consentEvidenceSchema.default({ text: null, ipAddress: null, userAgent: null }),
});

const consentStateSchema = z.strictObject({
  granted: z.boolean(),
  /** When the entry deciding the state was recorded; null without one. */
  since: writtenInstantSchema.nullable(),
  source: consentSourceSchema.nullable(),
});
const purposeStatesSchema = z.strictObject({
  marketing: consentStateSchema,
  transactional: consentStateSchema,
});
/** What the consent ledger adds up to, per channel and purpose. */
const currentConsentSchema = z
  .strictObject({ email: purposeStatesSchema, sms: purposeStatesSchema })
  .meta({ id: "CurrentConsent" });

export const clientSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    /** E.164. */
    phone: z.string().nullable(),
    /** Only a mobile gets SMS; null without a phone. */
    phoneKind: z.enum(["mobile", "other"]).nullable(),
    birthday: isoDateSchema.nullable(),
    address: z.strictObject({
      street: z.string().nullable(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
    }),
    gender: clientFields.gender,
    notes: z.string(),
    tags: z.array(z.string()),
    /** The client groups the client belongs to. */
    groupIds: z.array(z.string()),
    referralSource: z.string().nullable(),
    profession: z.string().nullable(),
    education: z.string().nullable(),
    taxCode: z.string().nullable(),
    invoiceCodes: z.strictObject({ pec: z.string().nullable(), sdi: z.string().nullable() }),
    language: clientFields.language,
    clientSince: isoDateSchema,
    blacklisted: z.boolean(),
    onlineBookingBlocked: z.boolean(),
    consent: currentConsentSchema,
    /** Per channel: the address bounced, complained or answered STOP, so nothing goes to it. */
    suppressed: z.strictObject({ email: z.boolean(), sms: z.boolean() }),
    /** Set once the client's personal data was erased. */
    erasedAt: writtenInstantSchema.nullable(),
    ...storedItemFields,
  })
  .meta({ id: "Client" });

export const consentEntrySchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    channel: channelSchema,
    purpose: z.enum(PURPOSES),
    granted: z.boolean(),
    at: writtenInstantSchema,
    source: consentSourceSchema,
    evidence: z.strictObject({
      text: z.string().nullable(),
      ipAddress: z.string().nullable(),
      userAgent: z.string().nullable(),
    }),
  })
  .meta({ id: "ConsentEntry" });

export const consentHistorySchema = z
  .strictObject({
    current: currentConsentSchema,
    /** Oldest first. */
    entries: z.array(consentEntrySchema),
  })
  .meta({ id: "ConsentHistory" });

const statisticsSchema = z.strictObject({
  attendedVisits: z.number().int(),
  /** Minor units per attended visit; null without visits. */
  averageSpend: z.number().int().nullable(),
  totalSpend: z.number().int(),
  /** Null without visits. */
  visitsPerMonth: z.number().nullable(),
  servicesUsed: z.array(
    z.strictObject({ serviceId: z.string(), serviceName: z.string(), count: z.number().int() }),
  ),
  clientSince: isoDateSchema,
  firstVisitAt: writtenInstantSchema.nullable(),
  lastVisitAt: writtenInstantSchema.nullable(),
  nextAppointmentAt: writtenInstantSchema.nullable(),
  /** Oldest month first, ending with the current one. */
  monthlyTrend: z.array(
    z.strictObject({ month: monthSchema, visits: z.number().int(), spend: z.number().int() }),
  ),
  trend: z.enum(["rising", "steady", "falling", "new"]),
});

const reliabilitySchema = z.strictObject({
  attended: z.number().int(),
  noShows: z.number().int(),
  lateCancellations: z.number().int(),
  /** 0–100; null while there is nothing to judge the client by. */
  score: z.number().int().nullable(),
  colour: z.enum(["green", "orange", "red", "neutral"]),
});

/** The no-show measures: the ladder's steps and staff decisions, and the online ban they placed. */
export const noShowMeasuresSchema = z
  .strictObject({
    bannedOnline: z.boolean(),
    onlineBan: z
      .strictObject({
        since: writtenInstantSchema,
        /** Null: for good, until staff lift it. */
        until: writtenInstantSchema.nullable(),
        /** The key of the measure that placed it. */
        measure: z.string(),
      })
      .nullable(),
    /** Newest first. */
    measures: z.array(
      z.strictObject({
        key: z.string(),
        kind: z.enum(["policy_notice", "warning", "online_ban", "permanent_ban", "ban_lifted"]),
        at: writtenInstantSchema,
        by: z.enum(["ladder", "staff"]),
        /** Ladder measures: the appointment missed or cancelled late. */
        incidentId: z.string().nullable(),
        reason: z.string().nullable(),
        until: writtenInstantSchema.nullable(),
        /** Set when the incident was corrected and the step no longer stands. */
        undoneAt: writtenInstantSchema.nullable(),
      }),
    ),
  })
  .meta({ id: "NoShowMeasures" });

export const blockSchema = z
  .strictObject({
    studioId: z.string(),
    kind: z.enum(BLOCK_KINDS),
    /** Canonical: E.164, lower-cased email, lower-cased tag. */
    value: z.string(),
    reason: z.string(),
    createdAt: writtenInstantSchema,
  })
  .meta({ id: "Block" });

export const blockRequestSchema = z.strictObject({
  kind: z.enum(BLOCK_KINDS),
  /** A phone in any common form (read in the studio's country), an email address, or a tag. */
  value: singleLineText(254).min(1),
  reason: singleLineText(300).min(1),
});

export const onlineBanDecisionSchema = z.strictObject({
  /** True: banned from online booking for good; false: lift the ban in force. */
  banned: z.boolean(),
  reason: singleLineText(300).min(1),
});

export const clientCardSchema = z
  .strictObject({
    client: clientSchema,
    groups: z.array(z.lazy(() => clientGroupSchema)),
    /** Promotions running today for the client, with the redemptions left to them. */
    promotions: z.array(clientPromotionSchema),
    upcomingAppointments: z.array(clientAppointmentSchema),
    /** The first page of past appointments, latest first; continue with `pastCursor`. */
    pastAppointments: z.array(clientAppointmentSchema),
    pastCursor: z.string().nullable(),
    missedAppointments: z.number().int(),
    cancelledAppointments: z.number().int(),
    statistics: statisticsSchema,
    reliability: reliabilitySchema,
    noShowMeasures: noShowMeasuresSchema,
    blocks: z.array(blockSchema),
    consent: currentConsentSchema,
    suppressed: clientSchema.shape.suppressed,
    /** Only for the roles that may read weight and height (owner, manager); null when none are kept. */
    measurements: z.lazy(() => bodyMeasurementsSchema.nullable()).optional(),
  })
  .meta({ id: "ClientCard" });

export const clientExportSchema = z
  .strictObject({
    exportedAt: writtenInstantSchema,
    client: clientSchema,
    measurements: z.lazy(() => bodyMeasurementsSchema.nullable()),
    appointments: z.array(appointmentSchema),
    projects: z.array(projectSchema),
    consents: z.array(consentEntrySchema),
    /** Every photo with links valid for an hour. */
    photos: z.array(z.lazy(() => galleryPhotoSchema)),
    messages: z.array(messageViewSchema),
    visitRhythms: z.array(visitRhythmSchema),
  })
  .meta({ id: "ClientExport" });

const groupFields = {
  name: singleLineText(60).min(1),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour #rrggbb")
    .transform((colour) => colour.toLowerCase()),
  description: multiLineText(500),
};

export const newClientGroupSchema = z.strictObject({
  ...groupFields,
  description: groupFields.description.default(""),
});

export const clientGroupChangesSchema = z
  .strictObject(groupFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, "names no field to change");

export const clientGroupSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    name: z.string(),
    /** `#rrggbb`. */
    colour: z.string(),
    description: z.string(),
    ...storedItemFields,
  })
  .meta({ id: "ClientGroup" });
/** What the console will upload: the URL is signed for exactly this type and size. */
export const photoUploadSchema = z.strictObject({
  kind: z.enum(PHOTO_KINDS),
  projectId: idSchema.nullable().default(null),
  caption: singleLineText(200).default(""),
  contentType: z.enum(PHOTO_TYPES),
  bytes: z.number().int().min(1).max(MAX_PHOTO_BYTES),
});

export const galleryQuerySchema = z.strictObject({ projectId: idSchema.nullable().default(null) });

export const photoSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    projectId: z.string().nullable(),
    kind: z.enum(PHOTO_KINDS),
    caption: z.string(),
    /** `pending` until its upload is processed. */
    status: z.enum(["pending", "ready", "rejected"]),
    declaredType: z.enum(PHOTO_TYPES),
    declaredBytes: z.number().int(),
    /** Of the stored original, once ready. */
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    bytes: z.number().int().nullable(),
    rejection: z.enum(["NOT_AN_IMAGE", "TYPE_MISMATCH", "TOO_LARGE", "UNREADABLE"]).nullable(),
    ...storedItemFields,
  })
  .meta({ id: "Photo" });

/** A photo with signed read URLs of its original and thumbnail; null until it is ready. */
export const galleryPhotoSchema = photoSchema
  .extend({
    urls: z
      .strictObject({ original: z.url(), thumbnail: z.url(), expiresAt: writtenInstantSchema })
      .nullable(),
  })
  .meta({ id: "GalleryPhoto" });

export const photoUploadStartedSchema = z
  .strictObject({
    photo: photoSchema,
    /** PUT the file to `url` with exactly these headers before `expiresAt`. */
    upload: z.strictObject({
      url: z.url(),
      method: z.literal("PUT"),
      headers: z.record(z.string(), z.string()),
      expiresAt: writtenInstantSchema,
    }),
  })
  .meta({ id: "PhotoUpload" });

/** Weight and height with the reason the studio keeps them; either may be left empty. */
export const measurementsSchema = z.strictObject({
  weightKg: z.number().min(1).max(500).nullable(),
  heightCm: z.number().min(30).max(280).nullable(),
  purpose: multiLineText(500).min(1),
});

/** Weight and height as kept, with the studio's reason: for owners and managers only. */
export const bodyMeasurementsSchema = z
  .strictObject({
    studioId: z.string(),
    clientId: z.string(),
    weightKg: z.number().nullable(),
    heightCm: z.number().nullable(),
    purpose: z.string(),
    updatedAt: writtenInstantSchema,
    version: z.number().int(),
  })
  .meta({ id: "BodyMeasurements" });
