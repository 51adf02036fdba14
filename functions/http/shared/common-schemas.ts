import * as z from "zod";

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, '-' or '_'");
export const isoDateSchema = z.iso.date();
export const instantSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm");

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(2048).nullable().default(null),
});

export const pathWith = <K extends string>(name: K) =>
  z.object({ [name]: idSchema } as Record<K, typeof idSchema>);

export const toggleSchema = z.strictObject({ enabled: z.boolean() });
