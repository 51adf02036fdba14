import { describe, expect, it } from "vitest";
import { localDatesOf } from "../../../domain/appointments/staff-day-bookings";
import { isWithinWorkingHours, type WorkingStaff } from "../../../domain/appointments/working-hours";
import type { WeeklyHours } from "../../../domain/model/studio";

const BERLIN = "Europe/Berlin";

const NO_CLOSURES: ReadonlySet<string> = new Set();
const staffWith = (workingHours: WeeklyHours, exceptions: Partial<WorkingStaff> = {}): WorkingStaff => ({
  workingHours,
  timeOff: [],
  dateOverrides: {},
  ...exceptions,
});

describe("localDatesOf", () => {
  it("files an appointment across local midnight under both days, and one ending at midnight under one", () => {
    // Prepare / Act
    const across = localDatesOf("2026-12-01T22:30:00.000Z", "2026-12-01T23:30:00.000Z", BERLIN);
    const untilMidnight = localDatesOf("2026-12-01T22:00:00.000Z", "2026-12-01T23:00:00.000Z", BERLIN);
    const fullDay = localDatesOf("2026-12-01T23:00:00.000Z", "2026-12-02T23:00:00.000Z", BERLIN);

    // Assess: 23:30–00:30 Berlin touches 1 and 2 December; 23:00–24:00 only the 1st; 24 hours from midnight one day
    expect(across).toEqual(["2026-12-01", "2026-12-02"]);
    expect(untilMidnight).toEqual(["2026-12-01"]);
    expect(fullDay).toEqual(["2026-12-02"]);
  });

  it("counts local days on a DST day, whose night is an hour shorter", () => {
    // Prepare / Act: 2027-03-28 Berlin springs forward at 02:00; 23:00 on the 27th to 05:00 on the 28th
    const dates = localDatesOf("2027-03-27T22:00:00.000Z", "2027-03-28T03:00:00.000Z", BERLIN);

    // Assess
    expect(dates).toEqual(["2027-03-27", "2027-03-28"]);
  });
});

describe("isWithinWorkingHours", () => {
  const weekdays = {
    tue: [
      { from: "09:00", to: "13:00" },
      { from: "13:00", to: "17:00" },
    ],
  };

  it("accepts a time inside the hours, also across two touching spans", () => {
    // Prepare / Act / Assess: Tuesday 1 December 2026, 12:30–13:30 Berlin (UTC+1)
    expect(
      isWithinWorkingHours(
        staffWith(weekdays),
        NO_CLOSURES,
        "2026-12-01T11:30:00.000Z",
        "2026-12-01T12:30:00.000Z",
        BERLIN,
      ),
    ).toBe(true);
  });

  it("refuses a time that runs past the end, starts early, or falls on a day without hours", () => {
    // Prepare / Act / Assess
    expect(
      isWithinWorkingHours(
        staffWith(weekdays),
        NO_CLOSURES,
        "2026-12-01T15:30:00.000Z",
        "2026-12-01T16:30:00.000Z",
        BERLIN,
      ),
    ).toBe(false);
    expect(
      isWithinWorkingHours(
        staffWith(weekdays),
        NO_CLOSURES,
        "2026-12-01T07:30:00.000Z",
        "2026-12-01T08:30:00.000Z",
        BERLIN,
      ),
    ).toBe(false);
    expect(
      isWithinWorkingHours(
        staffWith(weekdays),
        NO_CLOSURES,
        "2026-12-02T09:00:00.000Z",
        "2026-12-02T10:00:00.000Z",
        BERLIN,
      ),
    ).toBe(false);
  });

  it("reads the hours in the studio's zone on a DST day", () => {
    // Prepare: Sunday 28 March 2027, hours 08:00–12:00 Berlin, which is UTC+2 from 03:00 that night
    const sunday = { sun: [{ from: "08:00", to: "12:00" }] };

    // Act / Assess: 08:00–09:00 Berlin summer time is 06:00–07:00 UTC; 07:00–08:00 UTC is 09:00–10:00
    expect(
      isWithinWorkingHours(
        staffWith(sunday),
        NO_CLOSURES,
        "2027-03-28T06:00:00.000Z",
        "2027-03-28T07:00:00.000Z",
        BERLIN,
      ),
    ).toBe(true);
    expect(
      isWithinWorkingHours(
        staffWith(sunday),
        NO_CLOSURES,
        "2027-03-28T05:30:00.000Z",
        "2027-03-28T06:30:00.000Z",
        BERLIN,
      ),
    ).toBe(false);
  });

  it("has nothing to keep for a staff member without any hours on record", () => {
    // Prepare / Act / Assess
    expect(
      isWithinWorkingHours(
        staffWith({}),
        NO_CLOSURES,
        "2026-12-01T02:00:00.000Z",
        "2026-12-01T03:00:00.000Z",
        BERLIN,
      ),
    ).toBe(true);
  });

  it("keeps no hours on a day off, a closed day or an override's empty day, and an override's own hours", () => {
    // Prepare: Tuesday 1 December 2026 is a working day 09:00–17:00 Berlin
    const tuesday = "2026-12-01";
    const nineToTen = ["2026-12-01T08:00:00.000Z", "2026-12-01T09:00:00.000Z", BERLIN] as const;
    const eveningOverride = staffWith(weekdays, {
      dateOverrides: { [tuesday]: [{ from: "18:00", to: "21:00" }] },
    });

    // Act / Assess
    expect(
      isWithinWorkingHours(
        staffWith(weekdays, { timeOff: [{ from: "2026-11-30", to: tuesday, reason: "holiday" }] }),
        NO_CLOSURES,
        ...nineToTen,
      ),
    ).toBe(false);
    expect(isWithinWorkingHours(staffWith(weekdays), new Set([tuesday]), ...nineToTen)).toBe(false);
    expect(
      isWithinWorkingHours(
        staffWith(weekdays, { dateOverrides: { [tuesday]: [] } }),
        NO_CLOSURES,
        ...nineToTen,
      ),
    ).toBe(false);
    expect(isWithinWorkingHours(eveningOverride, NO_CLOSURES, ...nineToTen)).toBe(false);
    expect(
      isWithinWorkingHours(
        eveningOverride,
        NO_CLOSURES,
        "2026-12-01T17:30:00.000Z",
        "2026-12-01T19:00:00.000Z",
        BERLIN,
      ),
    ).toBe(true);
  });
});
