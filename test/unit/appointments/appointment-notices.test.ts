import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { planNotices, reminderDueAt } from "../../../domain/appointments/appointment-notices";
import { type AppointmentPolicy, DEFAULT_APPOINTMENT_POLICY } from "../../../domain/model/studio";
import { anAppointment } from "../../fakes/appointment-builder";

const BERLIN = "Europe/Berlin";
const NOW = "2026-11-23T10:00:00.000Z";
const THREE_REMINDERS: AppointmentPolicy = {
  ...DEFAULT_APPOINTMENT_POLICY,
  reminders: [
    { hoursBefore: 48, channel: "email" },
    { hoursBefore: 24, channel: "sms" },
    { hoursBefore: 2, channel: "sms" },
  ],
};
const booked = (startsAt: string, version = 1) =>
  anAppointment({ id: "a1", status: "booked", startsAt, version, updatedAt: NOW });
const berlinTime = (instant: string) =>
  DateTime.fromISO(instant, { zone: BERLIN }).toFormat("yyyy-MM-dd HH:mm");

describe("reminderDueAt", () => {
  it("counts real hours back from the start", () => {
    expect(reminderDueAt("2026-11-25T13:00:00.000Z", 24, BERLIN)).toBe("2026-11-24T13:00:00.000Z");
  });

  it("sends a reminder due in the quiet hours at 20:00 the evening before", () => {
    // 21:30 and 07:00 Berlin are quiet; both go out at 20:00 the evening before.
    expect(berlinTime(reminderDueAt("2026-11-25T20:30:00.000Z", 24, BERLIN))).toBe("2026-11-24 20:00");
    expect(berlinTime(reminderDueAt("2026-11-25T08:00:00.000Z", 2, BERLIN))).toBe("2026-11-24 20:00");
    expect(berlinTime(reminderDueAt("2026-11-25T07:00:00.000Z", 0, BERLIN))).toBe("2026-11-25 08:00");
  });

  it("is right across the spring-forward night: 24 real hours are 25 on the wall clock", () => {
    // Sunday 29 March 2026, 10:00 CEST; 24 hours earlier the clocks still showed CET: Saturday 09:00.
    expect(berlinTime(reminderDueAt("2026-03-29T08:00:00.000Z", 24, BERLIN))).toBe("2026-03-28 09:00");
  });

  it("is right across the fall-back night and keeps it out of the quiet hours", () => {
    // Sunday 25 October 2026, 09:00 CET; two hours earlier it is 07:00 CET: quiet, so Saturday 20:00 CEST.
    const due = reminderDueAt("2026-10-25T08:00:00.000Z", 2, BERLIN);
    expect(due).toBe("2026-10-24T18:00:00.000Z");
    expect(berlinTime(due)).toBe("2026-10-24 20:00");
  });

  it("never falls in 21:00–08:00 studio time, and never after the start", () => {
    const instants = fc
      .integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") })
      .map((ms) => new Date(ms - (ms % 60_000)).toISOString());
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(2, 24, 48),
        fc.constantFrom(BERLIN, "America/New_York", "Asia/Kolkata"),
        (startsAt, hours, zone) => {
          const due = reminderDueAt(startsAt, hours, zone);
          const hour = DateTime.fromISO(due, { zone }).hour;
          expect(hour >= 8 && hour < 21).toBe(true);
          expect(Date.parse(due)).toBeLessThanOrEqual(Date.parse(startsAt) - hours * 3_600_000);
        },
      ),
    );
  });
});

describe("planNotices", () => {
  it("plans the confirmation at once and every reminder still ahead", () => {
    const plan = planNotices(null, booked("2026-11-24T13:00:00.000Z"), THREE_REMINDERS, BERLIN, NOW);

    expect(plan.put.map(({ kind, dueAt }) => [kind, dueAt])).toEqual([
      ["booked", NOW],
      ["reminder-24h-sms", "2026-11-23T13:00:00.000Z"],
      ["reminder-2h-sms", "2026-11-24T11:00:00.000Z"],
    ]);
    expect(plan.put[0]).toMatchObject({ templatePurpose: "confirmation", channelPolicy: "sms_else_email" });
    expect(plan.remove).toEqual(["reminder-48h-email"]);
  });

  it("on a move, tells the client and plans the reminders of the new time", () => {
    const before = booked("2026-11-24T13:00:00.000Z");
    const after = booked("2026-11-27T09:00:00.000Z", 2);

    const plan = planNotices(before, after, THREE_REMINDERS, BERLIN, NOW);

    expect(plan.put.map(({ kind }) => kind)).toEqual([
      "rescheduled",
      "reminder-48h-email",
      "reminder-24h-sms",
      "reminder-2h-sms",
    ]);
    expect(plan.put.every((notice) => notice.appointmentVersion === 2)).toBe(true);
    expect(plan.remove).toEqual([]);
  });

  it("on a cancellation, tells the client and drops every reminder", () => {
    const before = booked("2026-11-27T09:00:00.000Z");
    const after = { ...before, status: "cancelled" as const, version: 2 };

    const plan = planNotices(before, after, THREE_REMINDERS, BERLIN, NOW);

    expect(plan.put.map(({ kind, templatePurpose }) => [kind, templatePurpose])).toEqual([
      ["cancelled", "cancellation"],
    ]);
    expect(plan.remove).toEqual(["reminder-48h-email", "reminder-24h-sms", "reminder-2h-sms"]);
  });

  it("says nothing about a change that keeps the time (notes) and keeps the reminders", () => {
    const before = booked("2026-11-27T09:00:00.000Z");

    const plan = planNotices(
      before,
      { ...before, notes: "fringe", version: 2 },
      THREE_REMINDERS,
      BERLIN,
      NOW,
    );

    expect(plan).toEqual({ put: [], remove: [] });
  });

  it("says nothing about an appointment whose start is past, and drops its reminders", () => {
    const past = booked("2026-11-20T09:00:00.000Z");

    expect(planNotices(null, past, THREE_REMINDERS, BERLIN, NOW).put).toEqual([]);
    expect(planNotices(past, { ...past, status: "attended" }, THREE_REMINDERS, BERLIN, NOW)).toEqual({
      put: [],
      remove: ["reminder-48h-email", "reminder-24h-sms", "reminder-2h-sms"],
    });
  });
});
