import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const STUDIO = "studio-rules";

describe("appointment rules", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as(STUDIO);
  const book = (startsAt: string, extra: Record<string, unknown> = {}) =>
    studio().post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt, ...extra });

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await addCatalog(api.deps, STUDIO);
    await studio().post("/staff", {
      name: "Ola",
      workingHours: { tue: [{ from: "09:00", to: "17:00" }], wed: [{ from: "09:00", to: "17:00" }] },
    });
    clientId = (await studio().post("/clients", { firstName: "Eva", lastName: "Kowalska" })).body.id;
  });

  describe("staff days across local midnight", () => {
    it("refuses a booking at midnight that overlaps one running from 23:30 to 00:30 the day before", async () => {
      // Prepare: 23:30–00:30 Berlin on 1/2 December 2026 (UTC+1)
      const late = await book("2026-12-01T22:30:00Z");

      // Act
      const atMidnight = await book("2026-12-01T23:00:00Z");
      const afterIt = await book("2026-12-01T23:30:00Z");

      // Assess
      expect(late.status).toBe(201);
      expect(atMidnight.status).toBe(409);
      expect(atMidnight.body.error.code).toBe("APPOINTMENT.SLOT_TAKEN");
      expect(afterIt.status).toBe(201);
    });

    it("lets a 24-hour appointment block the next day too", async () => {
      // Prepare: 12:00 on 9 December to 12:00 on the 10th, Berlin
      const allDay = await book("2026-12-09T11:00:00Z", { durationMinutes: 24 * 60 });

      // Act
      const nextMorning = await book("2026-12-10T08:00:00Z");

      // Assess
      expect(allDay.status).toBe(201);
      expect(nextMorning.status).toBe(409);
    });

    it("frees both days when the appointment across midnight is moved", async () => {
      // Prepare
      const late = await book("2026-12-15T22:30:00Z");

      // Act
      await studio().put(`/appointments/${late.body.id}/time`, { startsAt: "2026-12-20T10:00:00Z" });
      const before = await book("2026-12-15T22:30:00Z", { durationMinutes: 30 });
      const after = await book("2026-12-15T23:00:00Z", { durationMinutes: 30 });

      // Assess
      expect([before.status, after.status]).toEqual([201, 201]);
    });
  });

  describe("status changes", () => {
    it("refuses attended and no-show before the appointment has started, with a clear code", async () => {
      // Prepare
      const booked = await book("2026-12-03T09:00:00Z");

      // Act
      const attended = await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });
      const noShow = await studio().put(`/appointments/${booked.body.id}/status`, {
        status: "no_show",
        reason: "not here",
      });
      const read = await studio().get(`/appointments/${booked.body.id}`);

      // Assess
      expect([attended.status, noShow.status]).toEqual([409, 409]);
      expect(attended.body.error.code).toBe("APPOINTMENT.NOT_STARTED");
      expect(read.body.status).toBe("booked");
    });

    it("accepts attended once the start has passed", async () => {
      // Prepare
      const booked = await book("2026-12-04T09:00:00Z");
      api.setNow("2026-12-04T09:05:00.000Z");

      // Act
      const attended = await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });
      api.setNow("2026-11-23T10:00:00.000Z");

      // Assess
      expect(attended.status).toBe(200);
      expect(attended.body.status).toBe("attended");
    });
  });

  describe("working hours", () => {
    const olaId = async () =>
      (await studio().get("/staff")).body.items.find((member: { name: string }) => member.name === "Ola").id;

    it("refuses a booking outside the staff member's hours unless staff confirm it", async () => {
      // Prepare: Tuesday 1 December, 16:30–17:30 Berlin runs past 17:00
      const staffId = await olaId();

      // Act
      const refused = await book("2026-12-01T15:30:00Z", { staffId });
      const confirmed = await book("2026-12-01T15:30:00Z", { staffId, outsideWorkingHours: true });
      const inside = await book("2026-12-01T08:00:00Z", { staffId });

      // Assess
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("APPOINTMENT.OUTSIDE_WORKING_HOURS");
      expect(confirmed.status).toBe(201);
      expect(inside.status).toBe(201);
    });

    it("checks the hours when an appointment is moved", async () => {
      // Prepare: Wednesday 2 December 10:00 Berlin
      const staffId = await olaId();
      const booked = await book("2026-12-02T09:00:00Z", { staffId });

      // Act: to Thursday, when Ola does not work
      const refused = await studio().put(`/appointments/${booked.body.id}/time`, {
        startsAt: "2026-12-03T09:00:00Z",
      });
      const confirmed = await studio().put(`/appointments/${booked.body.id}/time`, {
        startsAt: "2026-12-03T09:00:00Z",
        outsideWorkingHours: true,
      });

      // Assess
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("APPOINTMENT.OUTSIDE_WORKING_HOURS");
      expect(confirmed.status).toBe(200);
    });
  });

  describe("plausible times", () => {
    it("refuses an appointment more than two years ahead or more than a year back, naming startsAt", async () => {
      // Prepare / Act: the harness clock reads 23 November 2026
      const farAhead = await book("2029-01-10T09:00:00Z");
      const longAgo = await book("2025-06-01T09:00:00Z");

      // Assess
      expect([farAhead.status, longAgo.status]).toEqual([400, 400]);
      expect(farAhead.body.error.fields[0].field).toBe("startsAt");
    });
  });
});
