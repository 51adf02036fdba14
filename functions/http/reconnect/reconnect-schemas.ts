import * as z from "zod";
import { CHANNEL_POLICIES } from "../../../domain/model/consent";
import { RECONNECT_TABS } from "../../../domain/reconnect/reconnect-tabs";
import { monthSchema, pageOf, writtenInstantSchema } from "../shared/common-schemas";

/** What PUT takes and both GET and PUT answer. */
export const reconnectSettingsSchema = z.strictObject({
  followUpDelayDays: z.number().int().min(1).max(365),
  channelPolicy: z.enum(CHANNEL_POLICIES),
  automaticFirstSend: z.boolean(),
  reconnectionWindowDays: z.number().int().min(1).max(365),
});

const tabSchema = z.enum(RECONNECT_TABS);
const categoryRefSchema = z.strictObject({ id: z.string(), name: z.string() });

export const overdueCategoriesSchema = z
  .strictObject({
    items: z.array(
      z.strictObject({ categoryId: z.string(), name: z.string(), overdueCount: z.number().int() }),
    ),
    totalOverdue: z.number().int(),
  })
  .meta({ id: "OverdueCategories" });

export const overdueClientListSchema = pageOf(
  z.strictObject({
    clientId: z.string(),
    /** As on the card; null if the card is gone. */
    name: z.string().nullable(),
    overdueSince: writtenInstantSchema,
    lastVisitAt: writtenInstantSchema.nullable(),
    /** The client's own median interval; null while the category's default applies. */
    typicalIntervalDays: z.number().nullable(),
    /** Last visit + interval + grace. */
    dueAt: writtenInstantSchema.nullable(),
  }),
)
  .extend({ category: categoryRefSchema })
  .meta({ id: "OverdueClientList" });

export const reconnectClientListSchema = pageOf(
  z.strictObject({
    clientId: z.string(),
    name: z.string().nullable(),
    tab: tabSchema,
    /** first_message_due · booked · first_message_sent · follow_up_sent · reconnected · or the first reason. */
    status: z.string(),
    /** As the console shows it, e.g. "booked for Cut & blow-dry on 2026-04-20". */
    statusText: z.string(),
    /** The soonest booking still to come in the category. */
    booking: z.strictObject({ serviceName: z.string(), startsAt: writtenInstantSchema }).nullable(),
    /** Unreachable tab: why. */
    reasons: z.array(
      z.enum(["excluded", "no_mobile", "no_email", "unsubscribed", "no_consent", "suppressed", "erased"]),
    ),
    excluded: z.boolean(),
    dueAt: writtenInstantSchema.nullable(),
    overdueSince: writtenInstantSchema.nullable(),
    lastVisitAt: writtenInstantSchema.nullable(),
    firstQueuedAt: writtenInstantSchema.nullable(),
    firstSentAt: writtenInstantSchema.nullable(),
    followUpSentAt: writtenInstantSchema.nullable(),
    reconnectedAt: writtenInstantSchema.nullable(),
    /** Attributed revenue, minor units. */
    revenue: z.number().int(),
  }),
)
  .extend({ category: categoryRefSchema, tab: tabSchema })
  .meta({ id: "ReconnectClientList" });

export const exclusionSchema = z
  .strictObject({
    clientId: z.string(),
    categoryId: z.string(),
    excluded: z.boolean(),
  })
  .meta({ id: "ReconnectExclusion" });

export const contactResultSchema = z
  .strictObject({
    requestId: z.string(),
    /** Clients in the reachable tab when the request was made. */
    reachable: z.number().int(),
    /** Clients whose first message is queued. */
    contacted: z.number().int(),
    /** Messages recorded as skipped. */
    skipped: z.number().int(),
  })
  .meta({ id: "ContactResult" });

const figuresFields = {
  overdue: z.number().int(),
  contacted: z.number().int(),
  followedUp: z.number().int(),
  reconnected: z.number().int(),
  /** Minor units. */
  revenue: z.number().int(),
  /** contacted ÷ (overdue + reconnected); null without any. */
  contactRate: z.number().nullable(),
  /** reconnected ÷ contacted; null before anyone was contacted. */
  reconnectRate: z.number().nullable(),
};

export const reconnectOverviewSchema = z
  .strictObject({
    /** Oldest first; figures count by the month of the first message. */
    months: z.array(monthSchema),
    categories: z.array(z.strictObject({ categoryId: z.string(), name: z.string(), ...figuresFields })),
    total: z.strictObject(figuresFields),
  })
  .meta({ id: "ReconnectOverview" });

const instantsById = z.record(z.string(), writtenInstantSchema);

/** A client's rhythm in one category, as the GDPR export shows it. */
export const visitRhythmSchema = z
  .strictObject({
    studioId: z.string(),
    clientId: z.string(),
    categoryId: z.string(),
    /** Appointment id → start. */
    attendedVisits: instantsById,
    openBookings: instantsById,
    /** Appointment id → service name. */
    bookedServices: z.record(z.string(), z.string()),
    typicalIntervalDays: z.number().nullable(),
    dueAt: writtenInstantSchema.nullable(),
    reviewAt: writtenInstantSchema.nullable(),
    overdueSince: writtenInstantSchema.nullable(),
    bookedSince: writtenInstantSchema.nullable(),
    reconnect: z
      .strictObject({
        excluded: z.boolean(),
        firstQueuedAt: writtenInstantSchema.nullable(),
        firstSentAt: writtenInstantSchema.nullable(),
        followUpAt: writtenInstantSchema.nullable(),
        followUpSentAt: writtenInstantSchema.nullable(),
        windowEndsAt: writtenInstantSchema.nullable(),
        cohortMonth: monthSchema.nullable(),
        reconnectedAt: writtenInstantSchema.nullable(),
        /** Appointment id → price in minor units. */
        attributed: z.record(z.string(), z.number().int()),
      })
      .nullable()
      .optional(),
  })
  .meta({ id: "VisitRhythm" });
