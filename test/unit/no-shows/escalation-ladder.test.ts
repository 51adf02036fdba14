import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { emptyVisitHistory, recordInHistory } from "../../../domain/client-card/visit-history";
import type { Appointment } from "../../../domain/model/appointment";
import { DEFAULT_APPOINTMENT_POLICY } from "../../../domain/model/studio";
import type { VisitHistory } from "../../../domain/model/visit-history";
import { applyLadder, isBanned, ladderKey } from "../../../domain/no-shows/escalation-ladder";
import { anAppointment } from "../../fakes/appointment-builder";

const DAY = 86_400_000;
const YEAR_START = Date.parse("2026-01-01T10:00:00.000Z");
const STEPS = ["policy_notice", "warning", "online_ban"] as const;

type Outcome = "attended" | "no_show" | "late_cancellation" | "cancelled";
/** One thing that happens to one of five appointments, some days after the last. */
const event = fc.record({
  appointment: fc.integer({ min: 0, max: 4 }),
  outcome: fc.constantFrom<Outcome>("attended", "no_show", "late_cancellation", "cancelled"),
  daysLater: fc.integer({ min: 0, max: 120 }),
});

const withOutcome = (appointment: Appointment, outcome: Outcome, now: string): Appointment => ({
  ...appointment,
  status: outcome === "late_cancellation" ? "cancelled" : outcome,
  lateCancellation: outcome === "late_cancellation",
  updatedAt: now,
  version: appointment.version + 1,
});

const isIncident = (outcome: Outcome) => outcome === "no_show" || outcome === "late_cancellation";

describe("the escalation ladder", () => {
  it("takes the ladder's step once per incident, and a correction undoes exactly that step", () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 40 }), (events) => {
        let history: VisitHistory = emptyVisitHistory("studio-1", "client-1");
        let time = YEAR_START;
        const appointments = Array.from({ length: 5 }, (_, index) =>
          anAppointment({ id: `a${index}`, status: "booked", startsAt: new Date(YEAR_START).toISOString() }),
        );
        /** The reference: incidents in force with when they were recorded, and the step each must have got. */
        const recordedAt = new Map<string, number>();
        const expectedStep = new Map<string, string>();
        let noticesOfSteps = 0;
        let recordings = 0;

        for (const { appointment: index, outcome, daysLater } of events) {
          time += daysLater * DAY;
          const now = new Date(time).toISOString();
          const before = appointments[index]!;
          const after = withOutcome(
            { ...before, startsAt: new Date(time - DAY).toISOString() },
            outcome,
            now,
          );
          appointments[index] = after;
          const wasIncident = recordedAt.has(after.id);
          if (isIncident(outcome) && !wasIncident) {
            recordedAt.set(after.id, time);
            recordings += 1;
            const windowStart = DateTime.fromMillis(time, { zone: "utc" }).minus({ months: 12 }).toMillis();
            const inWindow = appointments.filter(
              (appointment) =>
                recordedAt.has(appointment.id) && Date.parse(appointment.startsAt) > windowStart,
            ).length;
            expectedStep.set(after.id, STEPS[Math.min(inWindow, 3) - 1]!);
          }
          if (!isIncident(outcome)) recordedAt.delete(after.id);

          const outcomeOfLadder = applyLadder(
            history,
            recordInHistory(history, after),
            {
              appointmentId: after.id,
              clientId: after.clientId,
              studioId: after.studioId,
              version: after.version,
              startsAt: after.startsAt,
              serviceName: after.serviceName,
            },
            DEFAULT_APPOINTMENT_POLICY,
            now,
          );
          noticesOfSteps += outcomeOfLadder.notices.put.filter((notice) => notice.kind === "measure").length;
          history = outcomeOfLadder.history;

          // Every incident in force has exactly its step standing; every corrected one is undone.
          for (const appointment of appointments) {
            const measure = history.measures[ladderKey(appointment.id)];
            if (recordedAt.has(appointment.id)) {
              expect(measure).toMatchObject({ kind: expectedStep.get(appointment.id), undoneAt: null });
            } else if (measure !== undefined) {
              expect(measure.undoneAt).not.toBeNull();
            }
          }
          // A ban in force was placed by a standing ban step, and lasts 90 days from it.
          if (isBanned(history, now)) {
            const placedBy = history.measures[history.onlineBan!.measure]!;
            expect(placedBy).toMatchObject({ kind: "online_ban", undoneAt: null });
            expect(Date.parse(history.onlineBan!.until!) - Date.parse(placedBy.at)).toBe(90 * DAY);
          }
        }
        // One message per step taken, and a step for every incident recorded (anew after a correction).
        expect(noticesOfSteps).toBe(recordings);
      }),
      { numRuns: 300 },
    );
  });
});
