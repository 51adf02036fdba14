import * as z from "zod";
import { PLACEHOLDERS, TEMPLATE_LOCALES, TEMPLATE_PURPOSES } from "../../../domain/messaging/templates";
import { CHANNEL_POLICIES, PURPOSES } from "../../../domain/model/consent";
import { LANGUAGES } from "../../../domain/model/language";
import { MESSAGE_STATUSES } from "../../../domain/model/outbox-message";
import {
  channelSchema,
  idSchema,
  multiLineText,
  pageQuerySchema,
  singleLineText,
  writtenInstantSchema,
} from "../shared/common-schemas";

const purposeSchema = z.enum(TEMPLATE_PURPOSES);
const localeSchema = z.enum(TEMPLATE_LOCALES);
/** One line: it becomes a mail header. */
const subjectSchema = singleLineText(200).min(1);
const templateBodySchema = multiLineText(10_000).min(1);
/** Values the caller may fill; name, studio and unsubscribe link are filled per recipient. */
const requestPlaceholders = PLACEHOLDERS.filter(
  (name) => name !== "clientFirstName" && name !== "studioName" && name !== "unsubscribeLink",
);
const placeholderValue = singleLineText(500);

export const templatePathSchema = z.object({ purpose: purposeSchema, channel: channelSchema });

export const templateListQuerySchema = z.strictObject({
  locale: localeSchema.optional(),
  categoryId: idSchema.optional(),
});

export const templateTextSchema = z.strictObject({
  locale: localeSchema,
  /** Email only. */
  subject: subjectSchema.nullable().default(null),
  body: templateBodySchema,
  /** ReConnect purposes only: the text applies to this service category alone. */
  categoryId: idSchema.nullable().default(null),
});

export const templateScopeQuerySchema = z.strictObject({
  locale: localeSchema,
  categoryId: idSchema.nullable().default(null),
});

export const templatePreviewSchema = z.strictObject({
  purpose: purposeSchema,
  channel: channelSchema,
  locale: localeSchema,
  subject: subjectSchema.nullable().default(null),
  body: templateBodySchema,
  /** Sample values stand in for those left out. */
  values: z.partialRecord(z.enum(PLACEHOLDERS), placeholderValue).default({}),
});

export const sendRequestSchema = z.strictObject({
  /** Chosen by the caller; sending the same id again creates no further messages. */
  requestId: idSchema,
  clientIds: z.array(idSchema).min(1).max(1000),
  templatePurpose: purposeSchema,
  channelPolicy: z.enum(CHANNEL_POLICIES),
  values: z.partialRecord(z.enum(requestPlaceholders), placeholderValue).default({}),
  /** ReConnect purposes: the service category whose own template applies. */
  categoryId: idSchema.optional(),
});

export const messageListQuerySchema = pageQuerySchema.extend({
  status: z.enum(MESSAGE_STATUSES).nullable().default(null),
  clientId: idSchema.nullable().default(null),
  purpose: purposeSchema.nullable().default(null),
  categoryId: idSchema.nullable().default(null),
});

/** A message id names its client: `<clientId>.<hash>`. */
export const messagePathSchema = z.object({
  messageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{1,64}$/, "is not a message id"),
});

const messageTemplateFields = {
  purpose: purposeSchema,
  channel: channelSchema,
  locale: localeSchema,
  /** Email only; null for SMS. */
  subject: z.string().nullable(),
  body: z.string(),
};

export const studioTemplateSchema = z
  .strictObject({
    ...messageTemplateFields,
    studioId: z.string(),
    /** ReConnect purposes: the one category the text applies to. */
    categoryId: z.string().nullable(),
    updatedAt: writtenInstantSchema,
  })
  .meta({ id: "StudioTemplate" });

export const templateListingSchema = z
  .strictObject({
    locale: localeSchema,
    categoryId: z.string().nullable(),
    /** Every purpose × channel, as a message would be rendered from now on. */
    templates: z.array(
      z.strictObject({
        ...messageTemplateFields,
        source: z.enum(["category", "studio", "default"]),
        categoryId: z.string().nullable(),
        /** When the studio's text was saved; null for a default. */
        updatedAt: writtenInstantSchema.nullable(),
        overridden: z.boolean(),
      }),
    ),
  })
  .meta({ id: "TemplateListing" });

export const renderedPreviewSchema = z
  .strictObject({
    subject: z.string().nullable(),
    body: z.string(),
    /** Null for email. */
    sms: z
      .strictObject({
        encoding: z.enum(["GSM-7", "UCS-2"]),
        /** Septets for GSM-7, UTF-16 code units for UCS-2. */
        characters: z.number().int(),
        segments: z.number().int(),
      })
      .nullable(),
    problems: z.array(
      z.strictObject({
        code: z.enum(["UNKNOWN_PLACEHOLDER", "MISSING_UNSUBSCRIBE_LINK", "TOO_MANY_SEGMENTS"]),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: "TemplatePreview" });

const messageStatusSchema = z.enum(MESSAGE_STATUSES);
export const skipReasonSchema = z.enum([
  "CLIENT_NOT_FOUND",
  "CLIENT_ERASED",
  "NO_EMAIL",
  "NO_PHONE",
  "NO_CONSENT",
  "SUPPRESSED",
  "FREQUENCY_CAP",
  "APPOINTMENT_CHANGED",
]);

export const sendRequestResultSchema = z
  .strictObject({
    requestId: z.string(),
    queued: z.number().int(),
    skipped: z.number().int(),
    messages: z.array(
      z.strictObject({
        messageId: z.string(),
        clientId: z.string(),
        channel: channelSchema,
        status: messageStatusSchema,
        skipReason: skipReasonSchema.nullable(),
        /** When the sender may send it (the request is spread over time); null once final. */
        releaseAt: writtenInstantSchema.nullable(),
      }),
    ),
  })
  .meta({ id: "SendRequestResult" });

/** A message as staff see it: its text and status, and one `reason` for a skip or failure. */
export const messageViewSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    requestId: z.string(),
    clientId: z.string(),
    channel: channelSchema,
    templatePurpose: purposeSchema,
    purpose: z.enum(PURPOSES),
    /** ReConnect messages: the category they were sent for. */
    categoryId: z.string().nullable(),
    /** Notices and reminders: the appointment they are about (reminders: at which version). */
    appointmentId: z.string().nullable(),
    appointmentStartsAt: z.string().nullable(),
    language: z.enum(LANGUAGES),
    status: messageStatusSchema,
    /** Null when skipped for want of one, or erased. */
    address: z.string().nullable(),
    subject: z.string().nullable(),
    body: z.string(),
    releaseAt: writtenInstantSchema.nullable(),
    attempts: z.number().int(),
    providerMessageId: z.string().nullable(),
    skipReason: skipReasonSchema.nullable(),
    failureReason: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: writtenInstantSchema,
    updatedAt: writtenInstantSchema,
    sentAt: writtenInstantSchema.nullable(),
  })
  .meta({ id: "Message" });
