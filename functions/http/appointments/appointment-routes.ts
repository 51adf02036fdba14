import * as z from "zod";
import { bookAppointment } from "../../../domain/appointments/book-appointment";
import { calendar } from "../../../domain/appointments/calendar";
import { loadAppointment } from "../../../domain/appointments/load-appointment";
import { rescheduleAppointment } from "../../../domain/appointments/reschedule-appointment";
import { setAppointmentStatus } from "../../../domain/appointments/set-appointment-status";
import { requestDeposit, settleDeposit } from "../../../domain/deposits/staff-deposits";
import { askIfOnTheWay } from "../../../domain/no-shows/late-check";
import { addToWaitlist, listWaitlist, removeFromWaitlist } from "../../../domain/waitlist/waitlist-entries";
import { type AreaRoutes, route } from "../../shared/http/route";
import { sendRequestResultSchema } from "../messages/message-schemas";
import {
  idSchema,
  instantSchema,
  isoDateSchema,
  multiLineText,
  pathWith,
  singleLineText,
} from "../shared/common-schemas";
import { appointmentSchema, calendarSchema } from "./appointment-schemas";
import { newWaitlistEntrySchema, waitlistEntrySchema, waitlistSchema } from "./waitlist-schemas";

const appointmentPath = pathWith("appointmentId");
const waitlistEntryPath = pathWith("entryId");

const newAppointmentSchema = z.strictObject({
  clientId: idSchema,
  serviceId: idSchema,
  staffId: idSchema,
  startsAt: instantSchema,
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .nullable()
    .default(null),
  price: z.number().int().min(0).max(100_000_000).nullable().default(null),
  notes: multiLineText(5000).default(""),
  projectId: idSchema.nullable().default(null),
  /** Books outside the staff member's working hours, after staff confirmed ("book anyway?"). */
  outsideWorkingHours: z.boolean().default(false),
});

const rescheduleSchema = z.strictObject({
  startsAt: instantSchema,
  staffId: idSchema.nullable().default(null),
  outsideWorkingHours: z.boolean().default(false),
});

const depositRequestSchema = z.strictObject({
  /** Minor units, at most the appointment's price; null asks what the deposit policy's rules ask. */
  amount: z.number().int().min(1).max(100_000_000).nullable().default(null),
});

const depositOutcomeSchema = z.strictObject({ outcome: z.enum(["refund", "retain"]) });

const statusChangeSchema = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("attended") }),
  z.strictObject({
    status: z.literal("cancelled"),
    /** Omitted: late exactly when inside the studio's cut-off. Otherwise `lateReason` is needed. */
    late: z.boolean().optional(),
    lateReason: singleLineText(300).min(1).optional(),
  }),
  z.strictObject({ status: z.literal("no_show"), reason: singleLineText(500).min(1) }),
]);

const calendarQuerySchema = z.strictObject({
  /** The first local day in the studio's zone. */
  from: isoDateSchema,
  days: z.coerce.number().int().min(1).max(7).default(1),
  staffId: idSchema.nullable().default(null),
});

export const appointmentRoutes: AreaRoutes<"appointments"> = {
  "GET /appointments": route({
    summary:
      "The calendar of a day or a week (days 1–7) in the studio's zone, one staff member's or everyone's, with client names",
    response: calendarSchema,
    query: calendarQuerySchema,
    handle: (deps) => {
      const read = calendar(deps);
      return ({ caller, query }) => read(caller.studioId, query);
    },
  }),
  "POST /appointments": route({
    summary: "Book an appointment; 409 if the staff member's time is taken",
    response: appointmentSchema,
    metric: "Booking",
    body: newAppointmentSchema,
    successStatus: 201,
    handle: (deps) => {
      const book = bookAppointment(deps);
      return ({ caller, body }) => book(caller.studioId, body);
    },
  }),
  "GET /appointments/{appointmentId}": route({
    summary: "Read an appointment",
    response: appointmentSchema,
    path: appointmentPath,
    handle:
      (deps) =>
      async ({ caller, path }) =>
        loadAppointment(deps.appointments, caller.studioId, path.appointmentId),
  }),
  "PUT /appointments/{appointmentId}/time": route({
    summary: "Reschedule a booked appointment (optionally to another staff member)",
    response: appointmentSchema,
    path: appointmentPath,
    body: rescheduleSchema,
    handle: (deps) => {
      const reschedule = rescheduleAppointment(deps);
      return ({ caller, path, body }) => reschedule(caller.studioId, path.appointmentId, body);
    },
  }),
  "POST /appointments/{appointmentId}/late-check": route({
    summary:
      "Ask a late client by SMS whether they are on their way; once per appointment, from the studio's late-arrival time on",
    response: sendRequestResultSchema,
    path: appointmentPath,
    handle: (deps) => {
      const ask = askIfOnTheWay(deps);
      return ({ caller, path }) => ask(caller.studioId, path.appointmentId);
    },
  }),
  "PUT /appointments/{appointmentId}/status": route({
    summary: "Mark an appointment attended, cancelled (late or not) or no-show with a reason",
    response: appointmentSchema,
    path: appointmentPath,
    body: statusChangeSchema,
    handle: (deps) => {
      const setStatus = setAppointmentStatus(deps);
      return ({ caller, path, body }) => setStatus(caller.studioId, path.appointmentId, body);
    },
  }),
  "POST /appointments/{appointmentId}/deposit": route({
    summary:
      "Ask for a deposit on a booked appointment (the amount given, or the deposit policy's): opens a checkout and sends the client their booking's page to pay on",
    response: appointmentSchema,
    path: appointmentPath,
    body: depositRequestSchema,
    handle: (deps) => {
      const request = requestDeposit(deps);
      return ({ caller, path, body }) => request(caller.studioId, path.appointmentId, body.amount);
    },
  }),
  "PUT /appointments/{appointmentId}/deposit/outcome": route({
    summary:
      "Settle a paid deposit: refund it (paid back at the provider, the client told) or retain it (e.g. a late cancellation)",
    response: appointmentSchema,
    path: appointmentPath,
    body: depositOutcomeSchema,
    handle: (deps) => {
      const settle = settleDeposit(deps);
      return ({ caller, path, body }) => settle(caller.studioId, path.appointmentId, body.outcome);
    },
  }),
  "POST /waitlist": route({
    summary:
      "Put a client on the waitlist for a service (one staff member's or anyone's) between two local dates",
    response: waitlistEntrySchema,
    body: newWaitlistEntrySchema,
    successStatus: 201,
    handle: (deps) => {
      const add = addToWaitlist(deps);
      return ({ caller, body }) => add(caller.studioId, body);
    },
  }),
  "GET /waitlist": route({
    summary: "The clients still waiting, first in line first",
    response: waitlistSchema,
    handle: (deps) => {
      const list = listWaitlist(deps);
      return async ({ caller }) => ({ entries: await list(caller.studioId) });
    },
  }),
  "DELETE /waitlist/{entryId}": route({
    summary: "Take a client off the waitlist; their open offers can no longer be accepted",
    path: waitlistEntryPath,
    successStatus: 204,
    handle: (deps) => {
      const remove = removeFromWaitlist(deps);
      return async ({ caller, path }) => {
        await remove(caller.studioId, path.entryId);
        return undefined;
      };
    },
  }),
};
