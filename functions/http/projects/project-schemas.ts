import * as z from "zod";
import { CHANNEL_POLICIES } from "../../../domain/model/consent";
import { FOLLOW_UP_LISTS, FOLLOW_UP_PURPOSES } from "../../../domain/model/project";
import { sendRequestResultSchema, skipReasonSchema } from "../messages/message-schemas";
import {
  channelSchema,
  idSchema,
  isoDateSchema,
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

export const followUpListSchema = z.enum(FOLLOW_UP_LISTS);
export const followUpListPathSchema = z.object({ list: followUpListSchema });

const daysSchema = z.coerce.number().int().min(0).max(3650);
const contactsSchema = z.coerce.number().int().min(0).max(1000);

/** Every list's filters; a list refuses those it does not take (naming them). */
const followUpFiltersSchema = z.strictObject({
  olderThanDays: daysSchema.optional(),
  olderThanWeeks: z.coerce.number().int().min(0).max(520).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  minContacts: contactsSchema.optional(),
  maxContacts: contactsSchema.optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

export const followUpQuerySchema = pageQuerySchema.extend(followUpFiltersSchema.shape);

const reachSchema = z.record(
  channelSchema,
  z.strictObject({ transactional: skipReasonSchema.nullable(), marketing: skipReasonSchema.nullable() }),
);

export const followUpPageSchema = z
  .strictObject({
    list: followUpListSchema,
    /** Projects on the list with these filters (all pages). */
    count: z.number().int(),
    items: z.array(
      z.strictObject({
        project: projectViewSchema,
        client: z.strictObject({
          id: z.string(),
          firstName: z.string().nullable(),
          lastName: z.string().nullable(),
          email: z.string().nullable(),
          phone: z.string().nullable(),
          /** Per channel and kind of message: null where it reaches the client, else why not. */
          reach: reachSchema,
        }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "FollowUpPage" });

export const followUpCountsSchema = z
  .record(followUpListSchema, z.number().int())
  .meta({ id: "FollowUpCounts", description: "Each list's count with its default filters" });

const selectionFields = {
  /** Only these of the listed projects; all listed when left out. */
  projectIds: z.array(idSchema).min(1).max(1000).optional(),
  filters: followUpFiltersSchema.omit({ order: true }).default({}),
  requestId: idSchema,
};

export const broadcastSchema = z.strictObject({
  ...selectionFields,
  templatePurpose: z.enum(FOLLOW_UP_PURPOSES),
  channelPolicy: z.enum(CHANNEL_POLICIES),
  reviewLink: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
});

export const broadcastResultSchema = z
  .strictObject({
    requestId: z.string(),
    projects: z.number().int(),
    clients: z.number().int(),
    queued: z.number().int(),
    skipped: z.number().int(),
    contacted: z.number().int(),
    messages: sendRequestResultSchema.shape.messages,
  })
  .meta({ id: "FollowUpBroadcastResult" });

export const bulkUpdateSchema = z.strictObject({
  ...selectionFields,
  action: z.enum(["close", "pause", "resume"]),
  /** Required to close. */
  reason: singleLineText(500).min(1).optional(),
});

const bulkOutcomeSchema = z.enum(["changed", "changed_before", "already", "refused", "gone"]);

export const bulkUpdateResultSchema = z
  .strictObject({
    requestId: z.string(),
    projects: z.number().int(),
    counts: z.record(bulkOutcomeSchema, z.number().int()),
    outcomes: z.array(z.strictObject({ projectId: z.string(), outcome: bulkOutcomeSchema })),
  })
  .meta({ id: "ProjectBulkUpdateResult" });

export const projectChangeRecordsSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        projectId: z.string(),
        requestId: z.string(),
        action: z.enum(["contact", "status"]),
        at: writtenInstantSchema,
        note: z.string().nullable(),
        statusBefore: projectStatusSchema,
        statusAfter: projectStatusSchema,
      }),
    ),
  })
  .meta({ id: "ProjectChangeRecords" });

const automationFields = {
  /** Close a request once this many follow-ups went unanswered; null: off. */
  closeAfterFollowUps: z.number().int().min(1).max(10).nullable(),
  /** Days after a follow-up without a booking until it counts as unanswered. */
  unansweredAfterDays: z.number().int().min(1).max(90),
  /** Send the aftercare message this many days after completion; null: off. */
  aftercareAfterDays: z.number().int().min(0).max(90).nullable(),
  aftercareChannelPolicy: z.enum(CHANNEL_POLICIES),
};

export const automationChangesSchema = z
  .strictObject(automationFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, "names no setting to change");

export const automationSchema = z
  .strictObject({
    studioId: z.string(),
    closeAfterFollowUps: z.number().int().nullable(),
    unansweredAfterDays: z.number().int(),
    aftercareAfterDays: z.number().int().nullable(),
    aftercareChannelPolicy: z.enum(CHANNEL_POLICIES),
    updatedAt: writtenInstantSchema,
    version: z.number().int(),
  })
  .meta({ id: "ProjectAutomation" });
