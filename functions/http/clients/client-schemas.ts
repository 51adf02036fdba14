import * as z from "zod";
import { CHANNELS, PURPOSES } from "../../../domain/messaging/consent";
import { LANGUAGES } from "../../../domain/model/language";
import { isoDateSchema, multiLineText, pageQuerySchema, singleLineText } from "../shared/common-schemas";

const name = singleLineText(100).min(1);

const addressSchema = z.strictObject({
  street: singleLineText(200).nullable().default(null),
  postcode: singleLineText(20).nullable().default(null),
  city: singleLineText(100).nullable().default(null),
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
  })
  .refine(
    (query) =>
      [query.name, query.phone, query.email, query.tag].filter((value) => value !== undefined).length <= 1,
    "search by one of name, phone, email or tag",
  );

/** Sources staff may record; unsubscribe links, STOP replies and complaints are recorded by Rebook itself. */
const staffConsentSources = ["booking_form", "paper_form", "staff"] as const;

const consentEvidenceSchema = z.strictObject({
  text: multiLineText(5000).nullable().default(null),
  ipAddress: z.union([z.ipv4(), z.ipv6()]).nullable().default(null),
  userAgent: singleLineText(500).nullable().default(null),
});

export const consentDeclarationSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  purpose: z.enum(PURPOSES),
  granted: z.boolean(),
  source: z.enum(staffConsentSources),
  evidence: consentEvidenceSchema.default({ text: null, ipAddress: null, userAgent: null }),
});
