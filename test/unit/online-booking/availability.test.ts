import { describe, expect, it } from "vitest";
import type { Staff } from "../../../domain/model/catalog";
import {
  availableDays,
  type SlotContext,
  type StaffCalendar,
  slotsOf,
} from "../../../domain/online-booking/availability";
import type { StaffDay } from "../../../domain/ports/appointment-store";

const BERLIN = "Europe/Berlin";
const DAY = [{ from: "09:00", to: "13:00" }];

const aStaffMember = (id: string, exceptions: Partial<Staff> = {}): Staff => ({
  id,
  studioId: "studio-1",
  name: id,
  email: null,
  workingHours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: DAY, sun: DAY },
  timeOff: [],
  dateOverrides: {},
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
  ...exceptions,
});

const dayWith = (staffId: string, date: string, bookings: StaffDay["bookings"]): StaffDay => ({
  studioId: "studio-1",
  staffId,
  date,
  bookings,
  version: 1,
});

const calendarOf = (staff: Staff, days: StaffDay[] = []): StaffCalendar => ({
  staff,
  days: new Map(days.map((day) => [day.date, day])),
});

const context = (overrides: Partial<SlotContext> = {}): SlotContext => ({
  timeZone: BERLIN,
  closedDates: new Set(),
  now: "2026-12-01T00:00:00.000Z",
  rules: { minimumNoticeMinutes: 0, horizonDays: 60, slotStepMinutes: 15 },
  service: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
  ...overrides,
});

const starts = (calendar: StaffCalendar, date: string, slotContext = context()) =>
  slotsOf(calendar, date, slotContext).map((slot) => slot.startsAt);

describe("availability: the slots a staff member has free for a service", () => {
  it("offers every step from the start of the hours while the service fits before they end", () => {
    const slots = starts(calendarOf(aStaffMember("lena")), "2026-12-02");

    // 09:00–12:00 Berlin (UTC+1) every 15 minutes: 13 starts.
    expect(slots).toHaveLength(13);
    expect(slots[0]).toBe("2026-12-02T08:00:00.000Z");
    expect(slots.at(-1)).toBe("2026-12-02T11:00:00.000Z");
  });

  it("reads the hours in the studio's zone on the days the clocks change", () => {
    const yearAhead = context({ rules: { minimumNoticeMinutes: 0, horizonDays: 365, slotStepMinutes: 15 } });
    const spring = starts(calendarOf(aStaffMember("lena")), "2027-03-28", yearAhead);
    const autumn = starts(calendarOf(aStaffMember("lena")), "2027-10-31", yearAhead);

    // After the change both days have their summer/winter offset: 09:00 is 07:00Z (CEST), then 08:00Z (CET).
    expect(spring[0]).toBe("2027-03-28T07:00:00.000Z");
    expect(spring).toHaveLength(13);
    expect(autumn[0]).toBe("2027-10-31T08:00:00.000Z");
    expect(autumn).toHaveLength(13);
  });

  it("keeps a booking's buffers and the new service's buffers apart", () => {
    // Booked 10:00–11:00 Berlin with 15 minutes after it held; the new service needs 15 minutes before.
    const booked = dayWith("lena", "2026-12-02", {
      a1: { startsAt: "2026-12-02T09:00:00.000Z", endsAt: "2026-12-02T10:15:00.000Z" },
    });
    const slots = starts(
      calendarOf(aStaffMember("lena"), [booked]),
      "2026-12-02",
      context({ service: { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 0 } }),
    );

    // Before: 09:00 would hold 08:45–10:00, touching 10:00 but not overlapping. After: not before 11:30.
    expect(slots).toContain("2026-12-02T08:00:00.000Z");
    expect(slots).not.toContain("2026-12-02T08:15:00.000Z");
    expect(slots).not.toContain("2026-12-02T10:15:00.000Z");
    expect(slots).toContain("2026-12-02T10:30:00.000Z");
  });

  it("treats a live hold as taken and a lapsed one as free", () => {
    const held = (lapsesAt: string) =>
      calendarOf(aStaffMember("lena"), [
        dayWith("lena", "2026-12-02", {
          h1: { startsAt: "2026-12-02T08:00:00.000Z", endsAt: "2026-12-02T09:00:00.000Z", lapsesAt },
        }),
      ]);

    expect(starts(held("2026-12-01T00:10:00.000Z"), "2026-12-02")).not.toContain("2026-12-02T08:00:00.000Z");
    expect(starts(held("2026-11-30T23:59:00.000Z"), "2026-12-02")).toContain("2026-12-02T08:00:00.000Z");
  });

  it("offers nothing on time off, a closed day or an override's day off, and an override's own hours", () => {
    const away = aStaffMember("lena", {
      timeOff: [{ from: "2026-12-01", to: "2026-12-03", reason: "holiday" }],
    });
    const override = aStaffMember("lena", {
      dateOverrides: { "2026-12-02": [{ from: "14:00", to: "16:00" }], "2026-12-03": [] },
    });

    expect(starts(calendarOf(away), "2026-12-02")).toEqual([]);
    expect(
      starts(
        calendarOf(aStaffMember("lena")),
        "2026-12-02",
        context({ closedDates: new Set(["2026-12-02"]) }),
      ),
    ).toEqual([]);
    expect(starts(calendarOf(override), "2026-12-03")).toEqual([]);
    expect(starts(calendarOf(override), "2026-12-02")).toEqual([
      "2026-12-02T13:00:00.000Z",
      "2026-12-02T13:15:00.000Z",
      "2026-12-02T13:30:00.000Z",
      "2026-12-02T13:45:00.000Z",
      "2026-12-02T14:00:00.000Z",
    ]);
  });

  it("keeps to the minimum notice and the horizon", () => {
    const noticeOfTwoHours = context({
      now: "2026-12-02T08:30:00.000Z",
      rules: { minimumNoticeMinutes: 120, horizonDays: 60, slotStepMinutes: 15 },
    });
    const horizonOfOneDay = context({
      rules: { minimumNoticeMinutes: 0, horizonDays: 1, slotStepMinutes: 15 },
    });

    expect(starts(calendarOf(aStaffMember("lena")), "2026-12-02", noticeOfTwoHours)[0]).toBe(
      "2026-12-02T10:30:00.000Z",
    );
    expect(starts(calendarOf(aStaffMember("lena")), "2026-12-01", horizonOfOneDay)).toHaveLength(13);
    expect(starts(calendarOf(aStaffMember("lena")), "2026-12-02", horizonOfOneDay)).toEqual([]);
  });

  it("merges anyone's slots: a time lists every staff member free then", () => {
    const lena = calendarOf(aStaffMember("lena"), [
      dayWith("lena", "2026-12-02", {
        a1: { startsAt: "2026-12-02T08:00:00.000Z", endsAt: "2026-12-02T12:00:00.000Z" },
      }),
    ]);
    const ola = calendarOf(aStaffMember("ola"));

    const [day] = availableDays(["2026-12-02"], [lena, ola], context());

    expect(day!.slots[0]).toEqual({
      startsAt: "2026-12-02T08:00:00.000Z",
      endsAt: "2026-12-02T09:00:00.000Z",
      staffIds: ["ola"],
    });
    expect(day!.slots).toHaveLength(13);
  });
});
