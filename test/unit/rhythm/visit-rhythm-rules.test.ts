import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Appointment, AppointmentStatus } from "../../../domain/model/appointment";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import {
  emptyRhythm,
  graceDaysFor,
  medianGapDays,
  type RhythmPolicy,
  recordAppointment,
} from "../../../domain/rhythm/visit-rhythm-rules";
import { anAppointment } from "../../fakes/appointment-builder";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";

const aPolicy = (overrides: Partial<RhythmPolicy> = {}): RhythmPolicy => ({
  timeZone: BERLIN,
  graceDays: null,
  categoryDefaultIntervalDays: null,
  ...overrides,
});

const fold = (
  appointments: Appointment[],
  policy: RhythmPolicy,
  start: VisitRhythm = emptyRhythm("studio-1", "client-1", "category-hair"),
): VisitRhythm =>
  appointments.reduce((rhythm, appointment) => recordAppointment(rhythm, appointment, policy), start);

const visitsAt = (...instants: string[]): Appointment[] =>
  instants.map((startsAt) => anAppointment({ status: "attended", startsAt }));

/** Three visits four weeks apart, at 11:00 in Berlin; with the default grace of 7 days due on 6 April. */
const threeMonthlyVisits = () =>
  visitsAt("2026-01-05T10:00:00.000Z", "2026-02-02T10:00:00.000Z", "2026-03-02T10:00:00.000Z");
const DUE_AFTER_THREE_MONTHLY_VISITS = "2026-04-06T09:00:00.000Z";

describe("medianGapDays", () => {
  it("has no rhythm below three visits", () => {
    // Prepare
    const visits = ["2026-01-05T10:00:00.000Z", "2026-02-02T10:00:00.000Z"];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBeNull();
  });

  it("averages the two gaps of exactly three visits", () => {
    // Prepare: gaps of 28 and 42 days
    const visits = ["2026-01-01T10:00:00.000Z", "2026-01-29T10:00:00.000Z", "2026-03-12T10:00:00.000Z"];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(35);
  });

  it("rounds the mean of an even number of gaps to whole days", () => {
    // Prepare: gaps of 28 and 35 days
    const visits = ["2026-01-01T10:00:00.000Z", "2026-01-29T10:00:00.000Z", "2026-03-05T10:00:00.000Z"];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(32);
  });

  it("takes the middle gap of an odd number of irregular gaps, in any input order", () => {
    // Prepare: gaps of 20, 60 and 30 days
    const visits = [
      "2026-04-01T10:00:00.000Z",
      "2026-01-01T10:00:00.000Z",
      "2026-05-01T10:00:00.000Z",
      "2026-01-21T10:00:00.000Z",
    ];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(30);
  });

  it("counts gaps in the studio's calendar days", () => {
    // Prepare: the last visit is 23:30 UTC on 7 March, already 8 March in Berlin: gaps of 28 and 29 days
    const visits = ["2026-01-10T12:00:00.000Z", "2026-02-07T12:00:00.000Z", "2026-03-07T23:30:00.000Z"];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(29);
  });

  it("counts a week across a DST switch as seven days though it is an hour short", () => {
    // Prepare: two weeks across spring-forward days (2026-03-29 and 2027-03-28), a long break between
    const visits = [
      "2026-03-22T09:00:00.000Z",
      "2026-03-29T08:00:00.000Z",
      "2027-03-21T09:00:00.000Z",
      "2027-03-28T08:00:00.000Z",
    ];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(7);
  });
});

describe("graceDaysFor", () => {
  it.each([
    { intervalDays: 20, configured: null, grace: 7 },
    { intervalDays: 35, configured: null, grace: 7 },
    { intervalDays: 42, configured: null, grace: 8 },
    { intervalDays: 60, configured: null, grace: 12 },
    { intervalDays: 60, configured: 3, grace: 3 },
    { intervalDays: 60, configured: 0, grace: 0 },
  ])(
    "gives $grace days for an interval of $intervalDays and configured grace $configured",
    ({ intervalDays, configured, grace }) => {
      // Prepare / Act
      const result = graceDaysFor(intervalDays, configured);

      // Assess
      expect(result).toBe(grace);
    },
  );
});

describe("recordAppointment", () => {
  it("leaves a client without visits out of the due-time index", () => {
    // Prepare
    const booking = anAppointment({ status: "booked", startsAt: "2026-05-01T10:00:00.000Z" });

    // Act
    const rhythm = fold([booking], aPolicy({ categoryDefaultIntervalDays: 30 }));

    // Assess
    expect(rhythm.openBookings).toEqual({ [booking.id]: booking.startsAt });
    expect(rhythm.dueAt).toBeNull();
    expect(rhythm.reviewAt).toBeNull();
  });

  it("does not evaluate fewer than three visits when the category has no default interval", () => {
    // Prepare
    const visits = visitsAt("2026-01-05T10:00:00.000Z", "2026-02-02T10:00:00.000Z");

    // Act
    const rhythm = fold(visits, aPolicy());

    // Assess
    expect(rhythm.typicalIntervalDays).toBeNull();
    expect(rhythm.dueAt).toBeNull();
    expect(rhythm.reviewAt).toBeNull();
  });

  it("uses the category's default interval for fewer than three visits", () => {
    // Prepare: 42 days + max(7, 8.4 rounded) grace after 20 February, 11:00 in Berlin
    const visits = visitsAt("2026-01-10T10:00:00.000Z", "2026-02-20T10:00:00.000Z");

    // Act
    const rhythm = fold(visits, aPolicy({ categoryDefaultIntervalDays: 42 }));

    // Assess
    expect(rhythm.typicalIntervalDays).toBeNull();
    expect(rhythm.dueAt).toBe("2026-04-11T09:00:00.000Z");
    expect(rhythm.reviewAt).toBe(rhythm.dueAt);
  });

  it("learns the client's own rhythm from exactly three visits, over the category default", () => {
    // Prepare
    const visits = threeMonthlyVisits();

    // Act
    const rhythm = fold(visits, aPolicy({ categoryDefaultIntervalDays: 90 }));

    // Assess
    expect(rhythm.typicalIntervalDays).toBe(28);
    expect(rhythm.dueAt).toBe(DUE_AFTER_THREE_MONTHLY_VISITS);
  });

  it("adds 20 % of a long interval as default grace", () => {
    // Prepare: gaps of 60 days, grace 12 days after 1 May, 12:00 in Berlin
    const visits = visitsAt(
      "2026-01-01T10:00:00.000Z",
      "2026-03-02T10:00:00.000Z",
      "2026-05-01T10:00:00.000Z",
    );

    // Act
    const rhythm = fold(visits, aPolicy());

    // Assess
    expect(rhythm.dueAt).toBe("2026-07-12T10:00:00.000Z");
  });

  it("adds the studio's configured grace instead of the default", () => {
    // Prepare
    const visits = threeMonthlyVisits();

    // Act
    const rhythm = fold(visits, aPolicy({ graceDays: 3 }));

    // Assess: 2 March + 28 + 3 days, 11:00 in Berlin
    expect(rhythm.dueAt).toBe("2026-04-02T09:00:00.000Z");
  });

  it.each([
    { timeZone: BERLIN, lastVisit: "2026-03-10T09:00:00.000Z", dueAt: "2026-04-07T08:00:00.000Z" },
    { timeZone: BERLIN, lastVisit: "2026-03-01T09:00:00.000Z", dueAt: "2026-03-29T08:00:00.000Z" },
    { timeZone: BERLIN, lastVisit: "2026-10-10T08:00:00.000Z", dueAt: "2026-11-07T09:00:00.000Z" },
    { timeZone: BERLIN, lastVisit: "2026-09-27T08:00:00.000Z", dueAt: "2026-10-25T09:00:00.000Z" },
    { timeZone: NEW_YORK, lastVisit: "2026-03-01T15:00:00.000Z", dueAt: "2026-03-29T14:00:00.000Z" },
    { timeZone: NEW_YORK, lastVisit: "2026-02-08T15:00:00.000Z", dueAt: "2026-03-08T14:00:00.000Z" },
    { timeZone: NEW_YORK, lastVisit: "2026-10-20T14:00:00.000Z", dueAt: "2026-11-17T15:00:00.000Z" },
    { timeZone: NEW_YORK, lastVisit: "2026-10-04T14:00:00.000Z", dueAt: "2026-11-01T15:00:00.000Z" },
  ])("keeps 10:00 local when due 28 days after $lastVisit in $timeZone", ({ timeZone, lastVisit, dueAt }) => {
    // Prepare
    const policy = aPolicy({ timeZone, categoryDefaultIntervalDays: 21, graceDays: 7 });

    // Act
    const rhythm = fold(visitsAt(lastVisit), policy);

    // Assess
    expect(rhythm.dueAt).toBe(dueAt);
  });

  it("removes the visit again when an attended appointment is corrected to cancelled", () => {
    // Prepare
    const visits = threeMonthlyVisits();
    const policy = aPolicy();
    const learned = fold(visits, policy);
    const corrected: Appointment = { ...visits[2]!, status: "cancelled" };

    // Act
    const rhythm = recordAppointment(learned, corrected, policy);

    // Assess
    expect(learned.typicalIntervalDays).toBe(28);
    expect(Object.keys(rhythm.attendedVisits)).not.toContain(corrected.id);
    expect(rhythm.typicalIntervalDays).toBeNull();
    expect(rhythm.dueAt).toBeNull();
    expect(rhythm.reviewAt).toBeNull();
  });

  it("reviews a client with a booking one interval plus grace after it", () => {
    // Prepare
    const policy = aPolicy();
    const learned = fold(threeMonthlyVisits(), policy);
    const booking = anAppointment({ status: "booked", startsAt: "2026-05-01T08:00:00.000Z" });

    // Act
    const rhythm = recordAppointment(learned, booking, policy);

    // Assess
    expect(rhythm.dueAt).toBe(DUE_AFTER_THREE_MONTHLY_VISITS);
    expect(rhythm.reviewAt).toBe("2026-06-05T08:00:00.000Z"); // 1 May 10:00 Berlin + 28 + 7 days
  });

  it("keeps the review time at the due time when a booking lies far before it", () => {
    // Prepare
    const policy = aPolicy();
    const learned = fold(threeMonthlyVisits(), policy);
    const booking = anAppointment({ status: "booked", startsAt: "2026-02-20T08:00:00.000Z" });

    // Act
    const rhythm = recordAppointment(learned, booking, policy);

    // Assess
    expect(rhythm.reviewAt).toBe(DUE_AFTER_THREE_MONTHLY_VISITS);
  });

  it("moves an attended booking from the open bookings to the visits", () => {
    // Prepare
    const policy = aPolicy();
    const booking = anAppointment({ status: "booked", startsAt: "2026-03-30T09:00:00.000Z" });
    const booked = fold([...threeMonthlyVisits(), booking], policy);

    // Act
    const rhythm = recordAppointment(booked, { ...booking, status: "attended" }, policy);

    // Assess
    expect(rhythm.openBookings).toEqual({});
    expect(rhythm.attendedVisits[booking.id]).toBe(booking.startsAt);
    expect(rhythm.typicalIntervalDays).toBe(28);
    expect(rhythm.dueAt).toBe("2026-05-04T09:00:00.000Z");
  });

  it("keeps overdueSince while the review time stays the same", () => {
    // Prepare
    const policy = aPolicy();
    const overdue = { ...fold(threeMonthlyVisits(), policy), overdueSince: "2026-04-07T06:00:00.000Z" };
    const noShow = anAppointment({ status: "no_show", startsAt: "2026-04-06T10:00:00.000Z" });

    // Act
    const rhythm = recordAppointment(overdue, noShow, policy);

    // Assess
    expect(rhythm.reviewAt).toBe(overdue.reviewAt);
    expect(rhythm.overdueSince).toBe("2026-04-07T06:00:00.000Z");
  });

  it("clears overdueSince when a booking moves the review time", () => {
    // Prepare
    const policy = aPolicy();
    const overdue = { ...fold(threeMonthlyVisits(), policy), overdueSince: "2026-04-07T06:00:00.000Z" };
    const booking = anAppointment({ status: "booked", startsAt: "2026-04-20T08:00:00.000Z" });

    // Act
    const rhythm = recordAppointment(overdue, booking, policy);

    // Assess
    expect(rhythm.reviewAt).toBe("2026-05-25T08:00:00.000Z"); // 20 April 10:00 Berlin + 28 + 7 days
    expect(rhythm.overdueSince).toBeNull();
  });

  it("yields the same due and review time whatever order the appointment states arrive in", () => {
    const statuses: AppointmentStatus[] = ["booked", "attended", "cancelled", "no_show"];
    const startsAt = fc
      .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    const state = (id: fc.Arbitrary<string>) =>
      fc
        .record({ id, status: fc.constantFrom(...statuses), startsAt })
        .map((fields) => anAppointment(fields));
    const policy = fc.record({
      timeZone: fc.constantFrom(BERLIN, NEW_YORK),
      graceDays: fc.option(fc.integer({ min: 0, max: 30 })),
      categoryDefaultIntervalDays: fc.option(fc.integer({ min: 7, max: 120 })),
    });
    const scenario = fc
      .uniqueArray(state(fc.integer({ min: 1, max: 30 }).map((n) => `appointment-${n}`)), {
        selector: (appointment) => appointment.id,
        maxLength: 10,
      })
      .chain((finalStates) =>
        fc.record({
          // Earlier states of the same appointments, later overwritten by their final state.
          earlierStates:
            finalStates.length === 0
              ? fc.constant([])
              : fc.array(state(fc.constantFrom(...finalStates.map((a) => a.id))), { maxLength: 10 }),
          oneOrder: fc.shuffledSubarray(finalStates, { minLength: finalStates.length }),
          otherOrder: fc.shuffledSubarray(finalStates, { minLength: finalStates.length }),
        }),
      );

    fc.assert(
      fc.property(scenario, policy, ({ earlierStates, oneOrder, otherOrder }, rhythmPolicy) => {
        // Act
        const one = fold([...earlierStates, ...oneOrder], rhythmPolicy);
        const other = fold(otherOrder, rhythmPolicy);

        // Assess
        expect(one.typicalIntervalDays).toBe(other.typicalIntervalDays);
        expect(one.dueAt).toBe(other.dueAt);
        expect(one.reviewAt).toBe(other.reviewAt);
      }),
    );
  });
});

describe("visits on one day", () => {
  it("count as one visit day when learning the rhythm", () => {
    // Prepare: a cut and a colour on 10 January, then visits 42 days apart
    const visits = [
      "2026-01-10T09:00:00.000Z",
      "2026-01-10T11:00:00.000Z",
      "2026-02-21T09:00:00.000Z",
      "2026-04-04T09:00:00.000Z",
    ];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(42);
  });

  it("are ordered by instant, not by how the instant is written", () => {
    // Prepare: the same three days, one written with an offset
    const visits = ["2026-03-02T10:00:00.000Z", "2026-01-05T10:00:00+01:00", "2026-02-02T10:00:00.000Z"];

    // Act
    const median = medianGapDays(visits, BERLIN);

    // Assess
    expect(median).toBe(28);
  });
});
