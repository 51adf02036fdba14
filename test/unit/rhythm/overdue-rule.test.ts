import { describe, expect, it } from "vitest";
import type { Appointment } from "../../../domain/model/appointment";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { hasFutureBooking, isOverdue, lastVisitAt } from "../../../domain/rhythm/overdue-rule";
import { emptyRhythm, type RhythmPolicy, recordAppointment } from "../../../domain/rhythm/visit-rhythm-rules";
import { anAppointment } from "../../fakes/appointment-builder";

const policy: RhythmPolicy = {
  timeZone: "Europe/Berlin",
  graceDays: null,
  categoryDefaultIntervalDays: null,
};

const fold = (appointments: Appointment[], rules: RhythmPolicy = policy): VisitRhythm =>
  appointments.reduce(
    (rhythm, appointment) => recordAppointment(rhythm, appointment, rules),
    emptyRhythm("studio-1", "client-1", "category-hair"),
  );

/** Four weeks apart at 11:00 Berlin: interval 28 days, grace 7, due on 6 April 2026 at 11:00 Berlin. */
const threeMonthlyVisits = () =>
  ["2026-01-05T10:00:00.000Z", "2026-02-02T10:00:00.000Z", "2026-03-02T10:00:00.000Z"].map((startsAt) =>
    anAppointment({ status: "attended", startsAt }),
  );
const DUE = "2026-04-06T09:00:00.000Z";

describe("isOverdue", () => {
  it("is false one millisecond before last visit + median + grace, true from that instant on", () => {
    // Prepare
    const rhythm = fold(threeMonthlyVisits());

    // Act
    const justBefore = isOverdue(rhythm, "2026-04-06T08:59:59.999Z");
    const atDue = isOverdue(rhythm, DUE);
    const later = isOverdue(rhythm, "2026-05-01T00:00:00.000Z");

    // Assess
    expect(rhythm.reviewAt).toBe(DUE);
    expect([justBefore, atDue, later]).toEqual([false, true, true]);
  });

  it("never holds below three visits when the category has no default interval", () => {
    // Prepare
    const rhythm = fold(threeMonthlyVisits().slice(0, 2));

    // Act
    const overdue = isOverdue(rhythm, "2030-01-01T00:00:00.000Z");

    // Assess
    expect(rhythm.reviewAt).toBeNull();
    expect(overdue).toBe(false);
  });

  it("holds below three visits once the category's default interval plus grace has passed", () => {
    // Prepare: one visit, default 42 days, grace max(7, 8.4 → 8) = 8 days; 11:00 Berlin is 09:00Z in summer
    const rhythm = fold([anAppointment({ status: "attended", startsAt: "2026-03-02T10:00:00.000Z" })], {
      ...policy,
      categoryDefaultIntervalDays: 42,
    });

    // Act
    const before = isOverdue(rhythm, "2026-04-21T08:59:59.999Z");
    const after = isOverdue(rhythm, "2026-04-21T09:00:00.000Z");

    // Assess
    expect([before, after]).toEqual([false, true]);
  });

  it("is false for a client with a future booking, even one far ahead", () => {
    // Prepare
    const booked = anAppointment({ status: "booked", startsAt: "2026-09-01T10:00:00.000Z" });
    const rhythm = fold([...threeMonthlyVisits(), booked]);

    // Act
    const overdue = isOverdue(rhythm, "2026-05-01T00:00:00.000Z");

    // Assess
    expect(overdue).toBe(false);
  });

  it("is false on a stale record whose open booking still lies ahead, whatever its review time says", () => {
    // Prepare: a review time in the past next to a future booking (an index entry read before the booking)
    const rhythm: VisitRhythm = {
      ...fold(threeMonthlyVisits()),
      openBookings: { next: "2026-05-10T10:00:00.000Z" },
    };

    // Act
    const overdue = isOverdue(rhythm, "2026-05-01T00:00:00.000Z");

    // Assess
    expect(overdue).toBe(false);
  });

  it("does not count a cancelled booking as a future booking", () => {
    // Prepare
    const cancelled = anAppointment({ status: "cancelled", startsAt: "2026-09-01T10:00:00.000Z" });
    const rhythm = fold([...threeMonthlyVisits(), cancelled]);

    // Act
    const overdue = isOverdue(rhythm, "2026-05-01T00:00:00.000Z");

    // Assess
    expect(overdue).toBe(true);
  });
});

describe("hasFutureBooking and lastVisitAt", () => {
  it("read the rhythm's open bookings and latest attended visit", () => {
    // Prepare
    const rhythm: VisitRhythm = {
      ...fold(threeMonthlyVisits()),
      openBookings: { past: "2026-03-20T10:00:00.000Z" },
    };

    // Act
    const future = hasFutureBooking(rhythm, "2026-03-20T10:00:00.000Z");
    const last = lastVisitAt(rhythm);

    // Assess
    expect(future).toBe(false);
    expect(last).toBe("2026-03-02T10:00:00.000Z");
  });
});
