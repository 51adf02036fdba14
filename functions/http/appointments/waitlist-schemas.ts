import * as z from "zod";
import { idSchema, isoDateSchema, localTimeSchema, storedItemFields } from "../shared/common-schemas";

/** Local times the offered start must fall in ("HH:mm", `to` exclusive, "24:00" allowed). */
export const timeOfDaySchema = z.strictObject({
  from: localTimeSchema,
  to: z.union([localTimeSchema, z.literal("24:00")]),
});

export const newWaitlistEntrySchema = z.strictObject({
  clientId: idSchema,
  serviceId: idSchema,
  /** Null or left out: anyone who performs the service. */
  staffId: idSchema.nullable().default(null),
  /** Local dates in the studio's zone, both included, at most 90 days apart. */
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  /** Null or left out: any time of day. */
  timeOfDay: timeOfDaySchema.nullable().default(null),
});

export const waitlistEntrySchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    serviceId: z.string(),
    staffId: z.string().nullable(),
    fromDate: z.string(),
    toDate: z.string(),
    /** Null or absent: any time of day. */
    timeOfDay: z.strictObject({ from: z.string(), to: z.string() }).nullable().optional(),
    status: z.enum(["waiting", "booked", "removed"]),
    /** The booking an accepted offer made. */
    appointmentId: z.string().nullable(),
  })
  .extend(storedItemFields);

export const waitlistSchema = z.strictObject({ entries: z.array(waitlistEntrySchema) });
