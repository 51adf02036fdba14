import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HALF_LIFE_DAYS, reliability } from "../../../domain/client-card/reliability";
import { visitHistoryOf } from "../../../domain/client-card/visit-history";
import type { Appointment, AppointmentStatus } from "../../../domain/model/appointment";
import { anAppointment } from "../../fakes/appointment-builder";

const attended = (count: number) =>
  Array.from({ length: count }, () => anAppointment({ status: "attended" }));
const noShows = (count: number) =>
  Array.from({ length: count }, () => anAppointment({ status: "no_show", noShowReason: "did not come" }));
const lateCancels = (count: number) =>
  Array.from({ length: count }, () => anAppointment({ status: "cancelled", lateCancellation: true }));

/** The builder's appointments all start then: every event weighs fully. */
const NOW = "2026-01-15T09:00:00.000Z";

const historyOf = (appointments: Appointment[]) => visitHistoryOf("studio-1", "client-1", appointments);

describe("reliability", () => {
  it("is neutral without history", () => {
    // Prepare / Act
    const result = reliability(historyOf([]), NOW);

    // Assess
    expect(result).toEqual({ attended: 0, noShows: 0, lateCancellations: 0, score: null, colour: "neutral" });
  });

  it("stays neutral, never red, for a client who only booked and cancelled in time", () => {
    // Prepare
    const history = [
      anAppointment({ status: "booked" }),
      anAppointment({ status: "cancelled", lateCancellation: false }),
    ];

    // Act
    const result = reliability(historyOf(history), NOW);

    // Assess
    expect(result.score).toBeNull();
    expect(result.colour).toBe("neutral");
  });

  it("scores a client with only no-shows 0 and red", () => {
    // Prepare
    const history = noShows(2);

    // Act
    const result = reliability(historyOf(history), NOW);

    // Assess
    expect(result).toEqual({ attended: 0, noShows: 2, lateCancellations: 0, score: 0, colour: "red" });
  });

  it("weighs a late cancellation half a no-show", () => {
    // Prepare
    const history = [...attended(9), ...lateCancels(2)];

    // Act
    const result = reliability(historyOf(history), NOW);

    // Assess: 100 * 9 / (9 + 0 + 1) = 90
    expect(result.lateCancellations).toBe(2);
    expect(result.score).toBe(90);
    expect(result.colour).toBe("green");
  });

  it("ignores ordinary cancellations", () => {
    // Prepare
    const history = [...attended(3), anAppointment({ status: "cancelled", lateCancellation: false })];

    // Act
    const result = reliability(historyOf(history), NOW);

    // Assess
    expect(result.lateCancellations).toBe(0);
    expect(result.score).toBe(100);
  });

  it.each([
    { visits: 17, missed: 3, score: 85, colour: "green" },
    { visits: 21, missed: 4, score: 84, colour: "orange" },
    { visits: 3, missed: 2, score: 60, colour: "orange" },
    { visits: 59, missed: 41, score: 59, colour: "red" },
  ])("colours a score of $score $colour", ({ visits, missed, score, colour }) => {
    // Prepare
    const history = [...attended(visits), ...noShows(missed)];

    // Act
    const result = reliability(historyOf(history), NOW);

    // Assess
    expect(result.score).toBe(score);
    expect(result.colour).toBe(colour);
  });

  it("keeps the score within 0..100 and is neutral exactly when nothing counts", () => {
    const statuses: AppointmentStatus[] = ["booked", "attended", "cancelled", "no_show"];
    const appointment = fc
      .record({ status: fc.constantFrom(...statuses), lateCancellation: fc.boolean() })
      .map(({ status, lateCancellation }) =>
        anAppointment({ status, lateCancellation: status === "cancelled" && lateCancellation }),
      );

    fc.assert(
      fc.property(fc.array(appointment, { maxLength: 40 }), (history) => {
        // Act
        const result = reliability(historyOf(history), NOW);

        // Assess
        const events = history.filter(
          (a) =>
            a.status === "attended" ||
            a.status === "no_show" ||
            (a.status === "cancelled" && a.lateCancellation),
        ).length;
        expect(result.colour === "neutral").toBe(events === 0);
        expect(result.score === null).toBe(events === 0);
        if (result.score !== null) {
          expect(Number.isInteger(result.score)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("lets an old no-show weigh less than a recent one: half after the half-life", () => {
    const now = "2027-01-15T09:00:00.000Z";
    const at = (daysAgo: number) => new Date(Date.parse(now) - daysAgo * 86_400_000).toISOString();
    const withNoShowAt = (daysAgo: number) =>
      reliability(
        historyOf([
          ...Array.from({ length: 4 }, (_, index) =>
            anAppointment({ status: "attended", startsAt: at(index) }),
          ),
          anAppointment({ status: "no_show", noShowReason: "x", startsAt: at(daysAgo) }),
        ]),
        now,
      );

    // 4 recent visits against one no-show: today 80, one half-life ago 4 / 4.5 → 89.
    expect(withNoShowAt(0).score).toBe(80);
    expect(withNoShowAt(HALF_LIFE_DAYS).score).toBe(89);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (a, b) => {
        const [newer, older] = a <= b ? [a, b] : [b, a];
        expect(withNoShowAt(older).score!).toBeGreaterThanOrEqual(withNoShowAt(newer).score!);
      }),
    );
  });
});
