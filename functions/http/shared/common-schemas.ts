import * as z from "zod";
import { CHANNELS } from "../../../domain/model/consent";

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, '-' or '_'");
export const isoDateSchema = z.iso.date();
export const instantSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm");

const LONE_SURROGATE = /\p{Cs}/u;
/** Embeddings, overrides and isolates reorder how the text around them reads; the marks (LRM, RLM) stay. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;
/** Every control and line separator: one line, no tabs. */
const LINE_CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Controls but tab and line feed. */
const TEXT_CONTROL = /(?![\t\n])\p{Cc}/u;

/** NFC, trimmed, and refused when it holds what a person could not have typed. */
const humanText = (text: z.ZodString, controls: RegExp, controlMessage: string) =>
  text
    .normalize("NFC")
    .trim()
    .refine((value) => !LONE_SURROGATE.test(value), "must not contain unpaired surrogates")
    .refine((value) => !controls.test(value), controlMessage)
    .refine(
      (value) => !BIDI_CONTROL.test(value),
      "must not contain bidirectional embeddings, overrides or isolates",
    )
    .refine((value) => !NONCHARACTER.test(value), "must not contain noncharacters")
    .refine(
      (value) => value === "" || value.replace(INVISIBLE, "") !== "",
      "must contain a visible character",
    );

/** A name, title, tag or other one-line text a person typed; may be empty unless `.min(1)` is added. */
export const singleLineText = (max: number) =>
  humanText(z.string(), LINE_CONTROL, "must be one line without control characters").max(max);

/** Notes and other text with line breaks (stored as LF) and tabs. */
export const multiLineText = (max: number) =>
  humanText(
    z.string().overwrite((value) => value.replace(/\r\n?/g, "\n")),
    TEXT_CONTROL,
    "must not contain control characters other than tab and line break",
  ).max(max);

/** Every list takes these; a query parameter a route does not know is refused, not ignored. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(2048).nullable().default(null),
});

export const pathWith = <K extends string>(name: K) =>
  z.object({ [name]: idSchema } as Record<K, typeof idSchema>);

export const toggleSchema = z.strictObject({ enabled: z.boolean() });

/*
 * Answers. Response schemas describe what Rebook writes, so they check shapes and formats, not the limits
 * a request is held to: stored data also comes from the seed, the scans and the public links.
 */

/** An instant Rebook wrote, ISO 8601 (requests take `instantSchema`). */
export const writtenInstantSchema = z.iso.datetime({ offset: true });
/** A month in the studio's zone, YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);
export const channelSchema = z.enum(CHANNELS);

/** What every stored item carries: when it was created and last changed, and its version. */
export const storedItemFields = {
  createdAt: writtenInstantSchema,
  updatedAt: writtenInstantSchema,
  version: z.number().int(),
};

/** A page of a list; only a null `nextCursor` ends it. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });
