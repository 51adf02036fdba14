import * as z from "zod";
import { storedItemFields, writtenInstantSchema } from "../shared/common-schemas";

export const depositSchema = z
  .strictObject({
    /** Minor units of `currency`. */
    amount: z.number().int(),
    currency: z.string(),
    /**
     * requested → paid → refunding → refunded, retained (no-show, late cancellation) or credited (counted toward
     * the price on attendance); a request closed unpaid is expired (time to pay over) or cancelled; paid after
     * that, it is paid back.
     */
    status: z.enum([
      "requested",
      "paid",
      "refunding",
      "refunded",
      "retained",
      "credited",
      "expired",
      "cancelled",
    ]),
    requestedAt: writtenInstantSchema,
    /** An online booking's time to pay; null for a deposit staff asked for. */
    payBy: writtenInstantSchema.nullable(),
    checkoutId: z.string(),
    /** The page the client pays on. */
    paymentUrl: z.string(),
    paymentId: z.string().nullable(),
    paidAt: writtenInstantSchema.nullable(),
    refundId: z.string().nullable(),
    settledAt: writtenInstantSchema.nullable(),
  })
  .meta({ id: "Deposit" });

export const appointmentSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    clientId: z.string(),
    staffId: z.string(),
    serviceId: z.string(),
    /** As the service was named when booked. */
    serviceName: z.string(),
    categoryId: z.string(),
    startsAt: writtenInstantSchema,
    /** Exclusive. */
    endsAt: writtenInstantSchema,
    /** Minor currency units. */
    price: z.number().int(),
    notes: z.string(),
    projectId: z.string().nullable(),
    /** The service's buffers when booked: the time held runs from start − before to end + after. */
    bufferBeforeMinutes: z.number().int(),
    bufferAfterMinutes: z.number().int(),
    /** Booked by staff, or by the client online. */
    source: z.enum(["staff", "online", "waitlist"]),
    /** Online bookings: the studio's terms as the client accepted them. */
    termsAcceptance: z
      .strictObject({
        version: z.number().int(),
        /** SHA-256 of the terms text shown, hex. */
        textHash: z.string(),
        acceptedAt: writtenInstantSchema,
        /** Keyed hash of the client's IP address. */
        ipHash: z.string().nullable(),
        userAgent: z.string().nullable(),
      })
      .nullable(),
    /** `pending_deposit`: booked online and holding its slot until its deposit is paid or the time to pay ends. */
    status: z.enum(["pending_deposit", "booked", "attended", "cancelled", "no_show"]),
    /** Cancelled inside the studio's late-cancellation period. */
    lateCancellation: z.boolean(),
    /** Why staff counted the cancellation otherwise than the studio's cut-off would. */
    lateOverrideReason: z.string().optional(),
    noShowReason: z.string().nullable(),
    /** The deposit asked for, and what became of it; absent when none was. */
    deposit: depositSchema.optional(),
    /** When the client confirmed it from their link; absent while unconfirmed. */
    confirmedAt: writtenInstantSchema.optional(),
    ...storedItemFields,
  })
  .meta({ id: "Appointment" });

/** An appointment on a client's card, with its staff member's name (null once they left the studio). */
export const clientAppointmentSchema = appointmentSchema
  .extend({ staffName: z.string().nullable() })
  .meta({ id: "ClientAppointment" });

export const calendarSchema = z
  .strictObject({
    /** The range read, as UTC instants: the first local day's start to the last one's end. */
    from: writtenInstantSchema,
    to: writtenInstantSchema,
    timeZone: z.string(),
    items: z.array(
      appointmentSchema.extend({
        clientName: z.string().nullable(),
        /** Booked and not confirmed by the client. */
        unconfirmed: z.boolean(),
        /** Started more than the studio's late-arrival minutes ago and not marked: is the client coming? */
        lateArrival: z.boolean(),
      }),
    ),
  })
  .meta({ id: "Calendar" });
