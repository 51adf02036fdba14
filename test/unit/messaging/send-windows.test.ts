import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RebookError } from "../../../domain/errors";
import { isInSendWindow, nextSendTime, type SendWindow } from "../../../domain/messaging/send-windows";
import { WEEKDAYS } from "../../../domain/model/studio";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const STUDIO_DAY: SendWindow[] = [
  { from: "08:00", to: "08:30" },
  { from: "12:00", to: "12:30" },
  { from: "18:00", to: "19:00" },
];

describe("nextSendTime", () => {
  it("sends at once inside a window and waits for the next window otherwise", () => {
    // Prepare: 2026-06-10 is a Wednesday; Berlin is at +02:00
    const cases = [
      ["2026-06-10T10:10:00.000Z", "2026-06-10T10:10:00.000Z"], // 12:10, inside
      ["2026-06-10T10:30:00.000Z", "2026-06-10T16:00:00.000Z"], // 12:30 is the exclusive end → 18:00
      ["2026-06-10T05:00:00.000Z", "2026-06-10T06:00:00.000Z"], // 07:00 → 08:00
    ];

    for (const [after, expected] of cases) {
      // Act
      const next = nextSendTime(after!, STUDIO_DAY, BERLIN, "transactional");

      // Assess
      expect(next).toBe(expected);
    }
  });

  it("rolls a request after the last window to the next day's first window", () => {
    // Prepare: 19:00 Berlin, the end of the last window
    const after = "2026-06-10T17:00:00.000Z";

    // Act
    const next = nextSendTime(after, STUDIO_DAY, BERLIN, "marketing");

    // Assess
    expect(next).toBe("2026-06-11T06:00:00.000Z");
  });

  it("keeps to the windows' weekdays", () => {
    // Prepare: Monday and Wednesday mornings only; 2026-06-09 is a Tuesday
    const windows: SendWindow[] = [{ days: ["mon", "wed"], from: "10:00", to: "12:00" }];

    // Act
    const fromTuesday = nextSendTime("2026-06-09T07:00:00.000Z", windows, BERLIN, "transactional");
    const fromWednesdayNoon = nextSendTime("2026-06-10T10:00:00.000Z", windows, BERLIN, "transactional");

    // Assess
    expect(fromTuesday).toBe("2026-06-10T08:00:00.000Z");
    expect(fromWednesdayNoon).toBe("2026-06-15T08:00:00.000Z");
  });

  it("combines weekday windows with daily ones", () => {
    // Prepare: Saturday 2026-06-13, 13:00 Berlin
    const windows: SendWindow[] = [
      { days: ["sat"], from: "14:00", to: "16:00" },
      { from: "09:00", to: "10:00" },
    ];

    // Act
    const next = nextSendTime("2026-06-13T11:00:00.000Z", windows, BERLIN, "transactional");
    const afterSaturday = nextSendTime("2026-06-13T14:00:00.000Z", windows, BERLIN, "transactional");

    // Assess
    expect(next).toBe("2026-06-13T12:00:00.000Z");
    expect(afterSaturday).toBe("2026-06-14T07:00:00.000Z");
  });

  it("clamps marketing to 08:00-21:00 local time whatever the windows say", () => {
    // Prepare
    const windows: SendWindow[] = [{ from: "06:00", to: "23:00" }];

    // Act
    const early = nextSendTime("2026-06-10T03:00:00.000Z", windows, BERLIN, "marketing");
    const late = nextSendTime("2026-06-10T19:30:00.000Z", windows, BERLIN, "marketing");
    const earlyTransactional = nextSendTime("2026-06-10T03:00:00.000Z", windows, BERLIN, "transactional");

    // Assess
    expect(early).toBe("2026-06-10T06:00:00.000Z"); // 08:00, not 06:00
    expect(late).toBe("2026-06-11T06:00:00.000Z"); // 21:30 is past 21:00
    expect(earlyTransactional).toBe("2026-06-10T04:00:00.000Z");
  });

  it("sends transactional messages at any time, and marketing from 08:00 to 21:00, when no windows are set", () => {
    // Prepare: 03:17 Berlin
    const after = "2026-06-10T01:17:00Z";

    // Act / Assess
    expect(nextSendTime(after, [], BERLIN, "transactional")).toBe("2026-06-10T01:17:00.000Z");
    expect(nextSendTime(after, [], BERLIN, "marketing")).toBe("2026-06-10T06:00:00.000Z");
  });

  it("refuses marketing when the windows leave no time inside 08:00-21:00", () => {
    // Prepare
    const windows: SendWindow[] = [{ from: "21:00", to: "23:00" }];

    // Act
    const next = () => nextSendTime("2026-06-10T10:00:00.000Z", windows, BERLIN, "marketing");

    // Assess
    expect(next).toThrow(expect.objectContaining({ code: "VALIDATION.FAILED" }));
    expect(nextSendTime("2026-06-10T10:00:00.000Z", windows, BERLIN, "transactional")).toBe(
      "2026-06-10T19:00:00.000Z",
    );
  });

  it.each([
    [{ from: "08:00", to: "08:00" }],
    [{ from: "19:00", to: "18:00" }],
    [{ from: "8:00", to: "09:00" }],
    [{ from: "24:00", to: "24:00" }],
    [{ from: "10:00", to: "10:60" }],
  ])("refuses the invalid window %o", (window) => {
    // Prepare / Act
    const next = () => nextSendTime("2026-06-10T10:00:00.000Z", [window], BERLIN, "transactional");

    // Assess
    expect(next).toThrow(RebookError);
  });

  it("does not read windows on no weekday as 'no windows, any time'", () => {
    // Prepare
    const windows: SendWindow[] = [{ days: [], from: "09:00", to: "17:00" }];

    // Act
    const next = () => nextSendTime("2026-06-10T10:00:00.000Z", windows, BERLIN, "transactional");

    // Assess
    expect(next).toThrow(expect.objectContaining({ code: "VALIDATION.FAILED" }));
    expect(isInSendWindow("2026-06-10T10:00:00.000Z", windows, BERLIN, "transactional")).toBe(false);
  });

  it("accepts 24:00 as the end of the day", () => {
    // Prepare / Act
    const next = nextSendTime(
      "2026-06-10T21:59:00.000Z",
      [{ from: "22:00", to: "24:00" }],
      BERLIN,
      "transactional",
    );

    // Assess: 23:59 Berlin
    expect(next).toBe("2026-06-10T21:59:00.000Z");
  });

  describe("across DST in Europe/Berlin", () => {
    it("starts a window in the skipped hour at the first instant after the gap (2026-03-29)", () => {
      // Prepare: clocks jump from 02:00 CET to 03:00 CEST (01:00Z)
      const windows: SendWindow[] = [{ from: "02:30", to: "04:00" }];

      // Act
      const next = nextSendTime("2026-03-29T00:00:00.000Z", windows, BERLIN, "transactional");

      // Assess
      expect(next).toBe("2026-03-29T01:00:00.000Z");
      expect(isInSendWindow("2026-03-29T00:59:59.999Z", windows, BERLIN, "transactional")).toBe(false);
      expect(isInSendWindow("2026-03-29T01:59:59.000Z", windows, BERLIN, "transactional")).toBe(true);
      expect(isInSendWindow("2026-03-29T02:00:00.000Z", windows, BERLIN, "transactional")).toBe(false);
    });

    it("skips a window that lies wholly in the gap", () => {
      // Prepare
      const windows: SendWindow[] = [{ from: "02:00", to: "02:45" }];

      // Act: Sunday 00:00 CET
      const next = nextSendTime("2026-03-28T23:00:00.000Z", windows, BERLIN, "transactional");

      // Assess: Monday 02:00 CEST
      expect(next).toBe("2026-03-30T00:00:00.000Z");
    });

    it("moves a daily window from 09:00 CET to 09:00 CEST", () => {
      // Prepare: Saturday 10:30 CET, after the window
      const windows: SendWindow[] = [{ from: "09:00", to: "10:00" }];

      // Act
      const next = nextSendTime("2026-03-28T09:30:00.000Z", windows, BERLIN, "marketing");

      // Assess
      expect(next).toBe("2026-03-29T07:00:00.000Z");
    });

    it("uses a repeated local time at its first occurrence (2026-10-25)", () => {
      // Prepare: clocks go back from 03:00 CEST to 02:00 CET (01:00Z); 02:00-02:59 happens twice
      const windows: SendWindow[] = [{ from: "02:00", to: "02:30" }];

      // Act
      const fromMidnight = nextSendTime("2026-10-24T22:00:00.000Z", windows, BERLIN, "transactional");
      const afterFirstPass = nextSendTime("2026-10-25T00:40:00.000Z", windows, BERLIN, "transactional");

      // Assess
      expect(fromMidnight).toBe("2026-10-25T00:00:00.000Z"); // 02:00 CEST
      expect(afterFirstPass).toBe("2026-10-26T01:00:00.000Z"); // not 02:00 CET the same night
      expect(isInSendWindow("2026-10-25T01:10:00.000Z", windows, BERLIN, "transactional")).toBe(false);
    });

    it("lets a window that ends after the repeated hour last an hour longer", () => {
      // Prepare
      const windows: SendWindow[] = [{ from: "02:30", to: "03:30" }];

      // Act
      const next = nextSendTime("2026-10-24T22:00:00.000Z", windows, BERLIN, "transactional");

      // Assess: 02:30 CEST to 03:30 CET
      expect(next).toBe("2026-10-25T00:30:00.000Z");
      expect(isInSendWindow("2026-10-25T02:29:00.000Z", windows, BERLIN, "transactional")).toBe(true);
      expect(isInSendWindow("2026-10-25T02:30:00.000Z", windows, BERLIN, "transactional")).toBe(false);
    });

    it("moves a daily window from 09:00 CEST to 09:00 CET", () => {
      // Prepare: Saturday 09:30 CEST, inside the window
      const windows: SendWindow[] = [{ from: "09:00", to: "10:00" }];

      // Act
      const sameDay = nextSendTime("2026-10-24T07:30:00.000Z", windows, BERLIN, "marketing");
      const nextDay = nextSendTime("2026-10-24T08:00:00.000Z", windows, BERLIN, "marketing");

      // Assess
      expect(sameDay).toBe("2026-10-24T07:30:00.000Z");
      expect(nextDay).toBe("2026-10-25T08:00:00.000Z");
    });
  });

  describe("across DST in America/New_York", () => {
    it("starts a window in the skipped hour at the first instant after the gap (2026-03-08)", () => {
      // Prepare: clocks jump from 02:00 EST to 03:00 EDT (07:00Z)
      const windows: SendWindow[] = [{ from: "02:15", to: "05:00" }];

      // Act
      const next = nextSendTime("2026-03-08T05:00:00.000Z", windows, NEW_YORK, "transactional");

      // Assess
      expect(next).toBe("2026-03-08T07:00:00.000Z");
    });

    it("clamps marketing to 08:00 EDT on the day clocks spring forward", () => {
      // Prepare
      const windows: SendWindow[] = [{ from: "07:00", to: "09:00" }];

      // Act
      const next = nextSendTime("2026-03-08T05:00:00.000Z", windows, NEW_YORK, "marketing");

      // Assess
      expect(next).toBe("2026-03-08T12:00:00.000Z");
      expect(isInSendWindow("2026-03-08T11:59:00.000Z", windows, NEW_YORK, "marketing")).toBe(false);
      expect(isInSendWindow("2026-03-08T11:59:00.000Z", windows, NEW_YORK, "transactional")).toBe(true);
    });

    it("uses a repeated local time at its first occurrence (2026-11-01)", () => {
      // Prepare: clocks go back from 02:00 EDT to 01:00 EST (06:00Z); 01:00-01:59 happens twice
      const windows: SendWindow[] = [{ from: "01:00", to: "01:30" }];

      // Act
      const fromMidnight = nextSendTime("2026-11-01T04:00:00.000Z", windows, NEW_YORK, "transactional");
      const afterFirstPass = nextSendTime("2026-11-01T05:45:00.000Z", windows, NEW_YORK, "transactional");

      // Assess
      expect(fromMidnight).toBe("2026-11-01T05:00:00.000Z"); // 01:00 EDT
      expect(afterFirstPass).toBe("2026-11-02T06:00:00.000Z"); // 01:00 EST the next night
      expect(isInSendWindow("2026-11-01T06:15:00.000Z", windows, NEW_YORK, "transactional")).toBe(false);
    });

    it("moves the marketing clamp from 08:00 EDT to 08:00 EST", () => {
      // Prepare: Saturday 21:00 EDT, the end of the marketing day
      const after = "2026-11-01T01:00:00.000Z";

      // Act
      const next = nextSendTime(after, [], NEW_YORK, "marketing");

      // Assess
      expect(next).toBe("2026-11-01T13:00:00.000Z");
    });
  });

  it("returns the earliest sendable instant, inside a window, for any request", () => {
    const zones = [BERLIN, NEW_YORK, "Australia/Lord_Howe", "Asia/Kolkata"];
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);
    const window = fc
      .record({
        days: fc.option(fc.subarray([...WEEKDAYS], { minLength: 1 }), { nil: undefined }),
        times: fc.uniqueArray(time, { minLength: 2, maxLength: 2 }),
      })
      .map(({ days, times }): SendWindow => {
        const [from, to] = [...times].sort() as [string, string];
        return days === undefined ? { from, to } : { days: [...days], from, to };
      });

    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2026-01-01T00:00:00Z"),
          max: new Date("2026-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.array(window, { maxLength: 4 }),
        fc.constantFrom(...zones),
        fc.constantFrom("marketing" as const, "transactional" as const),
        (date, windows, zone, purpose) => {
          // Prepare
          const after = date.toISOString();

          // Act
          let next: string;
          try {
            next = nextSendTime(after, windows, zone, purpose);
          } catch (error) {
            // Only marketing can be left without time, by windows wholly outside 08:00-21:00.
            expect(error).toBeInstanceOf(RebookError);
            expect(purpose).toBe("marketing");
            expect(windows.length).toBeGreaterThan(0);
            expect(windows.every(({ from, to }) => to <= "08:00" || from >= "21:00")).toBe(true);
            return;
          }

          // Assess
          expect(Date.parse(next)).toBeGreaterThanOrEqual(Date.parse(after));
          expect(isInSendWindow(next, windows, zone, purpose)).toBe(true);
          const justBefore = new Date(Date.parse(next) - 1).toISOString();
          if (next !== after) expect(isInSendWindow(justBefore, windows, zone, purpose)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
