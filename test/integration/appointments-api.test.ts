import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../functions/adapters/dynamodb/keys";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

describe("appointments API", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as("studio-a");
  const book = (startsAt: string, extra: Record<string, unknown> = {}) =>
    studio().post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt, ...extra });
  const rhythm = async () =>
    (
      await api.documentClient.send(
        new GetCommand({ TableName: api.tableName, Key: keys.rhythm("studio-a", clientId, "hair") }),
      )
    ).Item;

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    clientId = (await studio().post("/clients", { firstName: "Eva", lastName: "Kowalska" })).body.id;
  });

  it("books with the service's duration, price and category", async () => {
    const response = await book("2026-12-01T09:00:00Z");

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      startsAt: "2026-12-01T09:00:00.000Z",
      endsAt: "2026-12-01T10:00:00.000Z",
      price: 4500,
      categoryId: "hair",
      status: "booked",
    });
  });

  it("refuses an overlapping booking of the same staff member with 409", async () => {
    await book("2026-12-02T09:00:00Z");

    const clash = await book("2026-12-02T09:30:00Z");
    const adjacent = await book("2026-12-02T10:00:00Z");

    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("APPOINTMENT.SLOT_TAKEN");
    expect(adjacent.status).toBe(201);
  });

  it("books a contested slot exactly once when requests race", async () => {
    const attempts = await Promise.all(Array.from({ length: 6 }, () => book("2026-12-03T14:00:00Z")));

    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it("frees the slot of a no-show and keeps it in the history with its reason", async () => {
    const booked = await book("2026-12-04T09:00:00Z");
    api.setNow("2026-12-04T09:20:00.000Z");

    const noShow = await studio().put(`/appointments/${booked.body.id}/status`, {
      status: "no_show",
      reason: "did not come",
    });
    const rebooked = await book("2026-12-04T09:00:00Z");
    const card = await studio().get(`/clients/${clientId}/card`);
    api.setNow("2026-11-23T10:00:00.000Z");

    expect(noShow.body).toMatchObject({ status: "no_show", noShowReason: "did not come" });
    expect(rebooked.status).toBe(201);
    expect(card.body.missedAppointments).toBe(1);
  });

  it("requires a reason for a no-show and names the field", async () => {
    const booked = await book("2026-12-05T09:00:00Z");

    const response = await studio().put(`/appointments/${booked.body.id}/status`, { status: "no_show" });

    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((issue: { field: string }) => issue.field)).toContain("reason");
  });

  it("reschedules a booking and frees the old time", async () => {
    const booked = await book("2026-12-07T09:00:00Z");

    const moved = await studio().put(`/appointments/${booked.body.id}/time`, {
      startsAt: "2026-12-08T15:00:00Z",
    });
    const oldTime = await book("2026-12-07T09:00:00Z");

    expect(moved.body).toMatchObject({
      startsAt: "2026-12-08T15:00:00.000Z",
      endsAt: "2026-12-08T16:00:00.000Z",
    });
    expect(oldTime.status).toBe(201);
  });

  it("counts a cancellation late by the studio's cut-off, and lets staff decide otherwise only with a reason", async () => {
    const early = await book("2026-12-11T09:00:00Z");
    const soon = await book("2026-11-24T09:00:00Z");
    const waived = await book("2026-11-24T07:00:00Z");

    const inTime = await studio().put(`/appointments/${early.body.id}/status`, { status: "cancelled" });
    const late = await studio().put(`/appointments/${soon.body.id}/status`, { status: "cancelled" });
    const noReason = await studio().put(`/appointments/${waived.body.id}/status`, {
      status: "cancelled",
      late: false,
    });
    const overridden = await studio().put(`/appointments/${waived.body.id}/status`, {
      status: "cancelled",
      late: false,
      lateReason: "ill, called at once",
    });

    expect([inTime.body.lateCancellation, late.body.lateCancellation]).toEqual([false, true]);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe("lateReason");
    expect(overridden.body).toMatchObject({
      lateCancellation: false,
      lateOverrideReason: "ill, called at once",
    });
  });

  it("refuses to move or re-open a cancelled appointment", async () => {
    const booked = await book("2026-12-09T09:00:00Z");
    await studio().put(`/appointments/${booked.body.id}/status`, {
      status: "cancelled",
      late: true,
      lateReason: "second late cancellation this month",
    });

    const move = await studio().put(`/appointments/${booked.body.id}/time`, {
      startsAt: "2026-12-10T09:00:00Z",
    });
    const attend = await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });

    expect(move.status).toBe(409);
    expect(attend.body.error.code).toBe("APPOINTMENT.INVALID_TRANSITION");
  });

  it("updates the client's visit rhythm and its due-index entry in the same write", async () => {
    const visits = ["2026-06-01T09:00:00Z", "2026-07-06T09:00:00Z", "2026-08-10T09:00:00Z"];
    for (const startsAt of visits) {
      const booked = await book(startsAt);
      await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });
    }

    const stored = await rhythm();

    expect(stored).toMatchObject({ typicalIntervalDays: 35, dueShard: expect.stringMatching(/^DUE#\d$/) });
    expect(Object.keys(stored?.attendedVisits ?? {})).toHaveLength(3);
    expect(Object.keys(stored?.openBookings ?? {}).length).toBeGreaterThan(0);
  });

  it("answers 404 for an unknown client, service or staff member", async () => {
    const unknownClient = await studio().post("/appointments", {
      clientId: "nobody",
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-12-11T09:00:00Z",
    });
    const unknownService = await book("2026-12-11T09:00:00Z", { serviceId: "nothing" });
    const unknownStaff = await book("2026-12-11T09:00:00Z", { staffId: "nobody" });

    expect([unknownClient.status, unknownService.status, unknownStaff.status]).toEqual([404, 404, 404]);
  });

  it("refuses bookings for a blacklisted client", async () => {
    await studio().put(`/clients/${clientId}/blacklist`, { enabled: true });

    const response = await book("2026-12-12T09:00:00Z");
    await studio().put(`/clients/${clientId}/blacklist`, { enabled: false });

    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("CLIENT.BLACKLISTED");
  });
});
