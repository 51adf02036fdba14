import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const STUDIO = "studio-calendar";

describe("the calendar", () => {
  let api: ApiHarness;
  let olaId: string;
  const studio = () => api.as(STUDIO);
  const book = async (firstName: string, staffId: string, startsAt: string, durationMinutes = 60) => {
    const clientId = (await studio().post("/clients", { firstName, lastName: "Cal" })).body.id;
    const booked = await studio().post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId,
      startsAt,
      durationMinutes,
    });
    expect(booked.status).toBe(201);
    return booked.body.id as string;
  };
  const calls: string[] = [];

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await addCatalog(api.deps, STUDIO);
    olaId = (await studio().post("/staff", { name: "Ola" })).body.id;
    await book("Late", "lena", "2026-11-30T22:30:00Z"); // 23:30 Berlin on the 30th, into 1 December
    await book("Morning", "lena", "2026-12-01T08:00:00Z");
    await book("Noon", olaId, "2026-12-01T11:00:00Z");
    await book("Next day", olaId, "2026-12-02T09:00:00Z");
    await book("Next week", "lena", "2026-12-09T09:00:00Z");
    api.documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        calls.push(context.commandName ?? "");
        return next(args);
      },
      { step: "initialize", name: "countCalendarCalls" },
    );
  });

  it("shows a day of the whole studio in its zone, with names, from one query and one batch read", async () => {
    // Prepare
    calls.length = 0;

    // Act
    const day = await studio().get("/appointments?from=2026-12-01");

    // Assess
    expect(day.status).toBe(200);
    expect(day.body.items.map((entry: { clientName: string }) => entry.clientName)).toEqual([
      "Late Cal",
      "Morning Cal",
      "Noon Cal",
    ]);
    expect(calls.filter((name) => name === "QueryCommand")).toHaveLength(1);
    // The names; the studio comes from the catalog cache, which the bookings before filled.
    expect(calls.filter((name) => name === "BatchGetItemCommand")).toHaveLength(1);
  });

  it("shows one staff member's week", async () => {
    // Prepare / Act
    const week = await studio().get(`/appointments?from=2026-11-30&days=7&staffId=${olaId}`);

    // Assess
    expect(week.body.items.map((entry: { clientName: string }) => entry.clientName)).toEqual([
      "Noon Cal",
      "Next day Cal",
    ]);
  });

  it("refuses a range longer than a week, naming the field", async () => {
    // Prepare / Act
    const response = await studio().get("/appointments?from=2026-12-01&days=8");

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].field).toBe("days");
  });
});
