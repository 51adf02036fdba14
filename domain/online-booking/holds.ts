import { DateTime } from "luxon";
import {
  heldTimeOf,
  localDateOf,
  localDatesOf,
  withBooking,
  withoutBooking,
} from "../appointments/staff-day-bookings";
import { RebookError } from "../errors";
import type { Staff } from "../model/catalog";
import type { BookingHold } from "../model/online-booking";
import { nextVersion } from "../model/versioned";
import type { StaffDay } from "../ports/appointment-store";
import type { Dependencies } from "../ports/dependencies";
import type { RateLimit } from "../ports/online-booking-store";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { slotsOf } from "./availability";
import { bookingStudio } from "./booking-studio";
import { onlineServiceAndStaff, slotContextOf } from "./find-availability";

/** How long a slot is kept while the client verifies their phone; each extension adds as much again. */
export const HOLD_MINUTES = 10;
export const MAX_HOLD_EXTENSIONS = 2;
/** Holds one IP address may take per hour: enough for a family, too few to hoard a studio's week. */
const HOLDS_PER_IP_HOUR = 20;
/** Tries of a hold whose staff day another write changed meanwhile (a booking of other time that day). */
const DAY_WRITE_ATTEMPTS = 5;

const MINUTE = 60_000;
const plusMinutes = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * MINUTE).toISOString();

export interface HoldRequest {
  serviceId: string;
  /** A staff member, or null for anyone who performs the service and is free. */
  staffId: string | null;
  startsAt: string;
}

type HoldDeps = Pick<
  Dependencies,
  "studios" | "onlineBooking" | "services" | "staff" | "appointments" | "clock" | "newId"
>;

/** The staff days a hold's time touches, read in one wave. */
export const daysOfHold = (deps: Pick<Dependencies, "appointments">, hold: BookingHold, timeZone: string) => {
  const held = heldTimeOf(hold);
  return Promise.all(
    localDatesOf(held.startsAt, held.endsAt, timeZone).map((date) =>
      deps.appointments.staffDay(hold.studioId, hold.staffId, date),
    ),
  );
};

/** The staff days with the hold's time written in (or refused: SLOT_TAKEN). */
export const daysHolding = (days: StaffDay[], hold: BookingHold, now: string) =>
  days.map((day) =>
    nextVersion(
      withBooking(
        withoutBooking(day, now, hold.id),
        hold.id,
        { ...heldTimeOf(hold), lapsesAt: hold.lapsesAt },
        now,
      ),
    ),
  );

const holdLimits = (ipAddress: string | null, now: string): RateLimit[] => {
  if (ipAddress === null) return [];
  const hour = DateTime.fromISO(now, { zone: "utc" }).startOf("hour");
  return [
    {
      name: "hold-ip-1h",
      subject: ipAddress,
      window: hour.toISO()!,
      limit: HOLDS_PER_IP_HOUR,
      forgetAt: hour.plus({ hours: 2 }).toISO()!,
    },
  ];
};

const slotTaken = () =>
  new RebookError("APPOINTMENT.SLOT_TAKEN", "this time is no longer free; please choose another");

/**
 * Keeps a slot for `HOLD_MINUTES` while the client verifies their phone: written into the staff days with
 * the same guard as a booking, so two clients can never hold (or book) overlapping time. For "anyone", the
 * first staff member free at that time gets it.
 */
export const takeHold =
  (deps: HoldDeps) =>
  async (handle: string, request: HoldRequest, ipAddress: string | null): Promise<BookingHold> => {
    const now = deps.clock();
    const booking = await bookingStudio(deps, handle);
    const { studio } = booking;
    const { service, staff } = await onlineServiceAndStaff(deps, booking, request.serviceId, request.staffId);
    const context = slotContextOf(booking, service, now);
    const date = localDateOf(request.startsAt, studio.timeZone);

    /** The hold with this staff member, or null when their time is taken; a day changed meanwhile is read again. */
    const tryStaff = (member: Staff): Promise<BookingHold | null> =>
      retryOnConcurrentUpdate(async () => {
        const hold: BookingHold = {
          id: deps.newId(),
          studioId: studio.id,
          serviceId: service.id,
          staffId: member.id,
          startsAt: request.startsAt,
          endsAt: plusMinutes(request.startsAt, service.durationMinutes),
          bufferBeforeMinutes: service.bufferBeforeMinutes,
          bufferAfterMinutes: service.bufferAfterMinutes,
          lapsesAt: plusMinutes(now, HOLD_MINUTES),
          extensions: 0,
          createdAt: now,
        };
        const days = await daysOfHold(deps, hold, studio.timeZone);
        const calendar = {
          staff: member,
          days: new Map(days.map((day): [string, StaffDay] => [day.date, day])),
        };
        if (!slotsOf(calendar, date, context).some((slot) => slot.startsAt === hold.startsAt)) return null;
        try {
          await deps.onlineBooking.saveHold(hold, daysHolding(days, hold, now), holdLimits(ipAddress, now));
          return hold;
        } catch (error) {
          if (error instanceof RebookError && error.code === "APPOINTMENT.SLOT_TAKEN") return null;
          throw error;
        }
      }, DAY_WRITE_ATTEMPTS);

    for (const member of staff) {
      const hold = await tryStaff(member);
      if (hold !== null) return hold;
    }
    throw slotTaken();
  };

/** A live hold of the studio; a lapsed one, another studio's or one never taken are all "lapsed". */
export const liveHold = async (
  deps: Pick<Dependencies, "onlineBooking">,
  studioId: string,
  holdId: string,
  now: string,
): Promise<BookingHold> => {
  const hold = await deps.onlineBooking.hold(studioId, holdId);
  if (hold === null || Date.parse(hold.lapsesAt) <= Date.parse(now)) {
    throw new RebookError("BOOKING.HOLD_LAPSED", "the slot is no longer kept; please choose it again");
  }
  return hold;
};

/** Keeps the slot `HOLD_MINUTES` longer from now, at most `MAX_HOLD_EXTENSIONS` times (the client needs more time). */
export const extendHold =
  (deps: Pick<Dependencies, "studios" | "onlineBooking" | "appointments" | "clock">) =>
  async (handle: string, holdId: string): Promise<BookingHold> => {
    const now = deps.clock();
    const { studio } = await bookingStudio(deps, handle);
    const hold = await liveHold(deps, studio.id, holdId, now);
    if (hold.extensions >= MAX_HOLD_EXTENSIONS) {
      throw new RebookError("RATE.LIMITED", `a slot can be kept longer ${MAX_HOLD_EXTENSIONS} times`);
    }
    const extended = { ...hold, lapsesAt: plusMinutes(now, HOLD_MINUTES), extensions: hold.extensions + 1 };
    const days = await daysOfHold(deps, hold, studio.timeZone);
    await deps.onlineBooking.saveHold(extended, daysHolding(days, extended, now), []);
    return extended;
  };

/** Gives the slot back at once (the client chose another); a hold already gone is fine. */
export const releaseHold =
  (deps: Pick<Dependencies, "studios" | "onlineBooking" | "appointments" | "clock">) =>
  async (handle: string, holdId: string): Promise<void> => {
    const now = deps.clock();
    const { studio } = await bookingStudio(deps, handle);
    const hold = await deps.onlineBooking.hold(studio.id, holdId);
    if (hold === null) return;
    const days = await daysOfHold(deps, hold, studio.timeZone);
    await deps.onlineBooking.removeHold(
      hold,
      days
        .filter((day) => hold.id in day.bookings)
        .map((day) => nextVersion(withoutBooking(day, now, hold.id))),
    );
  };
