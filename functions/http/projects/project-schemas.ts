import * as z from "zod";
import {
  idSchema,
  multiLineText,
  pageQuerySchema,
  singleLineText,
  storedItemFields,
  writtenInstantSchema,
} from "../shared/common-schemas";

const projectStatusSchema = z.enum(["request", "running", "paused", "completed", "closed"]);

const projectFields = {
  title: singleLineText(200).min(1),
  notes: multiLineText(5000),
  depositAmount: z.number().int().min(0).max(100_000_000),
  depositPaid: z.boolean(),
};

export const newProjectSchema = z.strictObject({
  clientId: idSchema,
  ...projectFields,
  notes: projectFields.notes.default(""),
  depositAmount: projectFields.depositAmount.default(0),
  depositPaid: projectFields.depositPaid.default(false),
});

export const projectChangesSchema = z
  .strictObject({ ...projectFields, status: projectStatusSchema, closeReason: singleLineText(500).min(1) })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, "names no field to change");

export const projectQuerySchema = pageQuerySchema.extend({
  status: projectStatusSchema.optional(),
  clientId: idSchema.optional(),
});

export const projectSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    title: z.string(),
    notes: z.string(),
    status: projectStatusSchema,
    /** Minor currency units; 0 = no deposit. */
    depositAmount: z.number().int(),
    depositPaid: z.boolean(),
    /** When the status last changed; the creation time while it is a request. */
    statusSince: writtenInstantSchema,
    /** Why it was closed; null unless closed. */
    closeReason: z.string().nullable(),
    /** Follow-up contacts recorded so far. */
    contactCount: z.number().int(),
    lastContactAt: writtenInstantSchema.nullable(),
    /** Its appointments that hold time (booked or attended), by appointment id; derived from the appointments. */
    sessions: z.record(z.string(), z.strictObject({ startsAt: writtenInstantSchema, attended: z.boolean() })),
    ...storedItemFields,
  })
  .meta({ id: "Project" });

/** A project with what its sessions and contacts say at the time of the answer. */
export const projectViewSchema = projectSchema
  .extend({
    /** The soonest booked session still to come. */
    nextAppointmentAt: writtenInstantSchema.nullable(),
    /** The latest session, booked or attended, that has started. */
    lastAppointmentAt: writtenInstantSchema.nullable(),
    sessionsDone: z.number().int(),
    daysSinceRequest: z.number().int(),
    daysSinceLastContact: z.number().int().nullable(),
  })
  .meta({ id: "ProjectView" });
