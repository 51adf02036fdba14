import * as z from "zod";
import { PLACEHOLDERS, TEMPLATE_LOCALES, TEMPLATE_PURPOSES } from "../../../domain/messaging/templates";
import { CHANNEL_POLICIES, MESSAGE_STATUSES } from "../../../domain/model/outbox-message";
import { idSchema, multiLineText, pageQuerySchema, singleLineText } from "../shared/common-schemas";

const purposeSchema = z.enum(TEMPLATE_PURPOSES);
const channelSchema = z.enum(["email", "sms"]);
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
