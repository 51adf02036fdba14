import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { keys } from "../../functions/adapters/dynamodb/keys";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const STUDIO = "studio-a";
const OTHER_STUDIO = "studio-b";

/** Books through the API and, for past visits, marks them attended. */
const seedVisits = async (api: ApiHarness, studioId: string, clientId: string, visits: string[]) => {
  const studio = api.as(studioId);
  for (const startsAt of visits) {
    const booked = await studio.post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId: "lena",
      startsAt,
    });
    expect(booked.status).toBe(201);
    await studio.put(`/appointments/${booked.body.id}/status`, { status: "attended" });
  }
};

const newClient = async (api: ApiHarness, studioId: string, firstName: string, lastName: string) =>
  (await api.as(studioId).post("/clients", { firstName, lastName })).body.id as string;

const monthly = (time: string) => [`2026-01-05T${time}Z`, `2026-02-02T${time}Z`, `2026-03-02T${time}Z`];

describe("the overdue scan and the ReConnect overview", () => {
  let api: ApiHarness;
  let eva: string;
  let ida: string;
  let max: string;
  let jan: string;
  const studio = () => api.as(STUDIO);
  const scan = () => scanOverdueClients(api.deps)();
  const rhythmItem = async (clientId: string) =>
    (
      await api.documentClient.send(
        new GetCommand({ TableName: api.tableName, Key: keys.rhythm(STUDIO, clientId, "hair") }),
      )
    ).Item;
  const overdueIds = async () =>
    (await studio().get("/reconnect/categories/hair/overdue")).body.items.map(
      (item: { clientId: string }) => item.clientId,
    );
  const hairCount = async (studioId = STUDIO) =>
    (await api.as(studioId).get("/reconnect/categories")).body.items.find((item: { categoryId: string }) =>
      item.categoryId.startsWith("hair"),
    ).overdueCount;

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await api.addStudio(aStudio(OTHER_STUDIO));
    await addCatalog(api.deps, STUDIO);
    await addCatalog(api.deps, OTHER_STUDIO, "-b");
    // After the last seeded visit: a visit can be marked attended once it has started.
    api.setNow("2026-03-02T18:00:00.000Z");
    [eva, ida, max, jan] = await Promise.all([
      newClient(api, STUDIO, "Eva", "Kowalska"),
      newClient(api, STUDIO, "Ida", "Berg"),
      newClient(api, STUDIO, "Max", "Huber"),
      newClient(api, STUDIO, "Jan", "Nowak"),
    ]);
    // Eva and Ida: every four weeks at 11:00 and 15:00 Berlin, so interval 28 + grace 7 → due 6 April.
    await seedVisits(api, STUDIO, eva, monthly("10:00:00"));
    await seedVisits(api, STUDIO, ida, monthly("14:00:00"));
    // Max has the same rhythm but has booked his next cut; Jan has two visits only.
    await seedVisits(api, STUDIO, max, monthly("12:00:00"));
    await studio().post("/appointments", {
      clientId: max,
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-04-20T12:00:00Z",
    });
    await seedVisits(api, STUDIO, jan, monthly("16:00:00").slice(0, 2));
  });

  it("flags no one before last visit + median + grace has passed", async () => {
    // Prepare: Eva is due at 2026-04-06T09:00Z (11:00 Berlin summer time)
    api.setNow("2026-04-06T08:59:59.999Z");

    // Act
    const result = await scan();

    // Assess
    expect(result).toEqual({ read: 0, flagged: 0, skipped: 0 });
    expect(await hairCount()).toBe(0);
  });

  it("flags the clients out of rhythm once, and not the one with a future booking nor the one without rhythm", async () => {
    // Prepare
    api.setNow("2026-04-10T08:00:00.000Z");

    // Act
    const result = await scan();

    // Assess: Max is read too, due but booked: he shows in the booked list, not as overdue
    expect(result).toEqual({ read: 3, flagged: 2, skipped: 1 });
    expect((await overdueIds()).sort()).toEqual([eva, ida].sort());
    expect(await rhythmItem(eva)).toMatchObject({
      overdueSince: "2026-04-10T08:00:00.000Z",
      overdueOf: `STUDIO#${STUDIO}#CATEGORY#hair#due`,
    });
    expect(await rhythmItem(max)).toMatchObject({
      bookedSince: "2026-04-10T08:00:00.000Z",
      overdueOf: `STUDIO#${STUDIO}#CATEGORY#hair#booked`,
    });
    expect(await rhythmItem(eva)).not.toHaveProperty("dueShard");
    expect(await rhythmItem(max)).toHaveProperty("dueShard");
    expect(await rhythmItem(jan)).not.toHaveProperty("reviewAt");
  });

  it("changes nothing when it runs again: the flagged rhythms left the due index", async () => {
    // Prepare
    api.setNow("2026-04-10T09:00:00.000Z");
    const versionBefore = (await rhythmItem(eva))?.version;

    // Act
    const result = await scan();

    // Assess
    expect(result).toEqual({ read: 0, flagged: 0, skipped: 0 });
    expect((await rhythmItem(eva))?.version).toBe(versionBefore);
    expect((await rhythmItem(eva))?.overdueSince).toBe("2026-04-10T08:00:00.000Z");
  });

  it("refuses to flag a rhythm that changed after it was read", async () => {
    // Prepare
    const stale = { ...(await api.deps.appointments.rhythm(STUDIO, max, "hair")) };
    stale.version -= 1;

    // Act
    const flagged = await api.deps.overdueScan.saveStanding(stale, {
      ...stale,
      overdueSince: "2026-04-10T09:00:00.000Z",
      version: stale.version + 1,
    });

    // Assess
    expect(flagged).toBe(false);
    expect(await rhythmItem(max)).not.toHaveProperty("overdueSince");
  });

  it("counts the overdue clients per category of the caller's studio", async () => {
    // Act
    const own = await studio().get("/reconnect/categories");
    const other = await api.as(OTHER_STUDIO).get("/reconnect/categories");

    // Assess
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      items: [{ categoryId: "hair", name: "Haircut", overdueCount: 2 }],
      totalOverdue: 2,
    });
    expect(other.body.items).toEqual([{ categoryId: "hair-b", name: "Haircut", overdueCount: 0 }]);
  });

  it("lists each overdue client with name, overdue since, last visit and typical interval, page by page", async () => {
    // Act
    const first = await studio().get("/reconnect/categories/hair/overdue?limit=1");
    const second = await studio().get(
      `/reconnect/categories/hair/overdue?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );

    // Assess
    expect(first.status).toBe(200);
    expect(first.body.category).toEqual({ id: "hair", name: "Haircut" });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const listed = [...first.body.items, ...second.body.items];
    expect(listed.find((item) => item.clientId === eva)).toEqual({
      clientId: eva,
      name: "Eva Kowalska",
      overdueSince: "2026-04-10T08:00:00.000Z",
      lastVisitAt: "2026-03-02T10:00:00.000Z",
      typicalIntervalDays: 28,
      dueAt: "2026-04-06T09:00:00.000Z",
    });
    expect(listed.map((item) => item.clientId).sort()).toEqual([eva, ida].sort());
  });

  it("takes a client who books again off the overdue list and counts, and does not flag them again", async () => {
    // Prepare
    api.setNow("2026-04-11T09:00:00.000Z");

    // Act
    const booked = await studio().post("/appointments", {
      clientId: eva,
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-04-14T10:00:00Z",
    });
    const result = await scan();

    // Assess
    expect(booked.status).toBe(201);
    expect(await overdueIds()).toEqual([ida]);
    expect(await hairCount()).toBe(1);
    expect(result.flagged).toBe(0);
    expect(await rhythmItem(eva)).toHaveProperty("dueShard");
    expect(await rhythmItem(eva)).not.toHaveProperty("overdueSince");
    const bookedTab = (await studio().get("/reconnect/categories/hair/clients?tab=booked")).body.items;
    expect(bookedTab.find((row: { clientId: string }) => row.clientId === eva)).toMatchObject({
      status: "booked",
      statusText: "booked for Cut & blow-dry on 2026-04-14",
    });
  });

  it("flags the client with a booking once that booking has passed unattended for a full rhythm", async () => {
    // Prepare: Max's booking on 20 April pushes his review to 20 April + 28 + 7 days = 25 May, 12:00Z
    api.setNow("2026-05-26T00:00:00.000Z");

    // Act
    const result = await scan();

    // Assess
    expect(result.flagged).toBe(2); // Max, and Eva, whose 14 April booking was never marked attended
    expect((await overdueIds()).sort()).toEqual([eva, ida, max].sort());
  });

  it("answers 404 for another studio's category, and for an unknown one", async () => {
    // Act
    const foreign = await studio().get("/reconnect/categories/hair-b/overdue");
    const fromOtherStudio = await api.as(OTHER_STUDIO).get("/reconnect/categories/hair/overdue");
    const unknown = await studio().get("/reconnect/categories/nails/overdue");

    // Assess
    expect([foreign.status, fromOtherStudio.status, unknown.status]).toEqual([404, 404, 404]);
    expect(foreign.body.error.code).toBe("CATEGORY.NOT_FOUND");
  });

  it("refuses a cursor of another category", async () => {
    // Prepare
    const page = await studio().get("/reconnect/categories/hair/overdue?limit=1");

    // Act
    const response = await api
      .as(OTHER_STUDIO)
      .get(`/reconnect/categories/hair-b/overdue?cursor=${encodeURIComponent(page.body.nextCursor)}`);

    // Assess
    expect(response.status).toBe(400);
  });
});

describe("the scheduled overdue-scan handler", () => {
  it("scans the table it is configured with, once, and drops a malformed payload", async () => {
    // Prepare: visits in 2020, so the client is overdue by the real clock the handler reads
    const api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await addCatalog(api.deps, STUDIO);
    const clientId = await newClient(api, STUDIO, "Eva", "Kowalska");
    api.setNow("2020-03-02T12:00:00.000Z");
    await seedVisits(api, STUDIO, clientId, [
      "2020-01-06T10:00:00Z",
      "2020-02-03T10:00:00Z",
      "2020-03-02T10:00:00Z",
    ]);
    process.env.TABLE_NAME = api.tableName;
    process.env.DYNAMODB_ENDPOINT = api.endpoint;
    process.env.APP_SECRET = "an-overdue-scan-test-secret-0123456789abcdef";
    const { handler } = await import("../../functions/scheduled/overdue-scan");

    // Act
    const malformed = await handler({ kind: "something-else" });
    const first = await handler({ kind: "overdue-scan" });
    const second = await handler({ kind: "overdue-scan" });

    // Assess
    expect(malformed).toBeNull();
    expect(first?.scan).toEqual({ read: 1, flagged: 1, skipped: 0 });
    expect(second?.scan).toEqual({ read: 0, flagged: 0, skipped: 0 });
  });
});
