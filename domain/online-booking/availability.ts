import { DateTime } from "luxon";
import { heldTimeOf, isHeldAt, overlaps } from "../appointments/staff-day-bookings";
import { workingIntervals } from "../appointments/working-hours";
import type { Service, Staff } from "../model/catalog";
import type { OnlineBookingSettings } from "../model/online-booking";
import type { StaffDay } from "../ports/appointment-store";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type SlotRules = Pick<
  OnlineBookingSettings,
  "minimumNoticeMinutes" | "horizonDays" | "slotStepMinutes"
>;
export type SlotService = Pick<Service, "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes">;

export interface SlotContext {
  timeZone: string;
  closedDates: ReadonlySet<string>;
  now: string;
  rules: SlotRules;
  service: SlotService;
}

/** One staff member with the staff days read for the request (a day not read holds nothing). */
export interface StaffCalendar {
  staff: Staff;
  days: ReadonlyMap<string, StaffDay>;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
}

export interface AvailableSlot extends Slot {
  /** Who is free then, in the order the calendars were given. */
  staffIds: string[];
}

export interface AvailableDay {
  date: string;
  slots: AvailableSlot[];
}

/** `count` consecutive local dates from `from`. */
export const datesFrom = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => DateTime.fromISO(from).plus({ days: index }).toISODate()!);

/** The service's slot starting at `start` (milliseconds), as the appointment and as the time it holds. */
const slotAt = (start: number, service: SlotService) => {
  const slot = {
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + service.durationMinutes * MINUTE).toISOString(),
  };
  return { slot, held: heldTimeOf({ ...slot, ...service }) };
};

/**
 * A staff member's free slots for the service on one local date: every `slotStepMinutes` from the start of
 * each working span, the service inside the span, the time it holds (with buffers) clear of everything held
 * that day at `now` (appointments with their buffers, unexpired holds), no earlier than the minimum notice
 * and no later than the horizon. Local times are read in the studio's zone, so DST days have their real length.
 */
export const slotsOf = (calendar: StaffCalendar, date: string, context: SlotContext): Slot[] => {
  const { rules, service, now } = context;
  const earliest = Date.parse(now) + rules.minimumNoticeMinutes * MINUTE;
  const latest = Date.parse(now) + rules.horizonDays * DAY;
  const held = [...calendar.days.values()].flatMap((day) =>
    Object.values(day.bookings).filter((time) => isHeldAt(time, now)),
  );
  const slots: Slot[] = [];
  for (const [open, close] of workingIntervals(calendar.staff, date, context.timeZone, context.closedDates)) {
    for (
      let start = open;
      start + service.durationMinutes * MINUTE <= close;
      start += rules.slotStepMinutes * MINUTE
    ) {
      if (start < earliest || start > latest) continue;
      const candidate = slotAt(start, service);
      if (!held.some((time) => overlaps(time, candidate.held))) slots.push(candidate.slot);
    }
  }
  return slots;
};

/** Each date's free slots over the given staff ("anyone": a slot lists every staff member free then). */
export const availableDays = (
  dates: readonly string[],
  calendars: readonly StaffCalendar[],
  context: SlotContext,
): AvailableDay[] =>
  dates.map((date) => {
    const byStart = new Map<string, AvailableSlot>();
    for (const calendar of calendars) {
      for (const slot of slotsOf(calendar, date, context)) {
        const entry = byStart.get(slot.startsAt) ?? { ...slot, staffIds: [] };
        entry.staffIds.push(calendar.staff.id);
        byStart.set(slot.startsAt, entry);
      }
    }
    return { date, slots: [...byStart.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
  });

/** The staff who perform a service: those it names, or everyone when it names none. */
export const performersOf = (service: Pick<Service, "staffIds">, staff: readonly Staff[]): Staff[] =>
  service.staffIds.length === 0 ? [...staff] : staff.filter((member) => service.staffIds.includes(member.id));
