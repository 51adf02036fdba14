import * as z from "zod";
import { idSchema, isoDateSchema, storedItemFields } from "../shared/common-schemas";

export const newWaitlistEntrySchema = z.strictObject({
  clientId: idSchema,
  serviceId: idSchema,
  /** Null or left out: anyone who performs the service. */
  staffId: idSchema.nullable().default(null),
  /** Local dates in the studio's zone, both included, at most 90 days apart. */
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
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
    status: z.enum(["waiting", "booked", "removed"]),
    /** The booking an accepted offer made. */
    appointmentId: z.string().nullable(),
  })
  .extend(storedItemFields);

export const waitlistSchema = z.strictObject({ entries: z.array(waitlistEntrySchema) });
