import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { type AdminRouteKey, adminRoutes } from "../../functions/http/admin-routes";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { addFurnishedStudio, type StudioIds, validBodies } from "../support/studio-fixture";

const allRouteKeys = Object.values(adminRoutes).flat() as AdminRouteKey[];
/** Routes naming a studio's item by id; template routes name a purpose and channel, the caller's own. */
const routesWithIds = allRouteKeys.filter(
  (routeKey) =>
    routeKey.includes("{") && [...routeKey.matchAll(/\{(\w+)\}/g)].every(([, name]) => name!.endsWith("Id")),
);

const fillPath = (routeKey: string, ids: StudioIds): string =>
  routeKey.split(" ")[1]!.replace(/\{(\w+)\}/g, (_, name: keyof StudioIds) => ids[name]);

describe("tenancy: every admin request is scoped to the caller's studio", () => {
  let api: ApiHarness;
  let idsOfA: StudioIds;
  let idsOfB: StudioIds;
  const itemsOfStudioA = async () =>
    (
      await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true }))
    ).Items?.filter((item) => String(item.pk).startsWith("STUDIO#studio-a")) ?? [];

  beforeAll(async () => {
    api = await createApiHarness();
    idsOfA = await addFurnishedStudio(api, "studio-a");
    idsOfB = await addFurnishedStudio(api, "studio-b");
  });

  it.each(routesWithIds)(
    "%s with studio A's ids answers 404 to studio B and changes nothing",
    async (routeKey) => {
      const before = await itemsOfStudioA();
      const [method] = routeKey.split(" ") as [string];

      const response = await api.request(
        { studioId: "studio-b" },
        method,
        fillPath(routeKey, idsOfA),
        validBodies(idsOfB)[routeKey],
      );

      expect(response.status).toBe(404);
      expect(await itemsOfStudioA()).toEqual(before);
    },
  );

  it("answers 404 when a body names another studio's item, and creates nothing", async () => {
    const asB = api.as("studio-b");
    const stolenPromotion = (code: string) => ({
      code,
      text: "Stolen",
      discount: { kind: "percent", percent: 50 },
      validFrom: "2026-01-01",
    });
    const mixed = (overrides: Partial<StudioIds>) => ({
      clientId: idsOfB.clientId,
      serviceId: idsOfB.serviceId,
      staffId: idsOfB.staffId,
      startsAt: "2026-12-20T09:00:00Z",
      ...overrides,
    });

    const responses = await Promise.all([
      asB.post("/appointments", mixed({ clientId: idsOfA.clientId })),
      asB.post("/appointments", mixed({ serviceId: idsOfA.serviceId })),
      asB.post("/appointments", mixed({ staffId: idsOfA.staffId })),
      asB.post("/appointments", { ...mixed({}), projectId: idsOfA.projectId }),
      asB.post("/projects", { clientId: idsOfA.clientId, title: "Stolen" }),
      asB.post("/services", { categoryId: idsOfA.categoryId, name: "Stolen", durationMinutes: 30, price: 1 }),
      asB.post(`/clients/${idsOfB.clientId}/photos`, {
        kind: "inspiration",
        projectId: idsOfA.projectId,
        contentType: "image/png",
        bytes: 100,
      }),
      asB.post("/promotions", { ...stolenPromotion("STOLEN-1"), serviceIds: [idsOfA.serviceId] }),
      asB.post("/promotions", { ...stolenPromotion("STOLEN-2"), categoryIds: [idsOfA.categoryId] }),
      asB.post("/promotions", { ...stolenPromotion("STOLEN-3"), clientGroupIds: [idsOfA.groupId] }),
      asB.patch(`/promotions/${idsOfB.promotionId}`, { clientGroupIds: [idsOfA.groupId] }),
      asB.post(`/clients/${idsOfB.clientId}/redemptions`, { code: "WELCOME-studio-a" }),
      asB.post(`/clients/${idsOfB.clientId}/redemptions`, {
        code: "WELCOME-studio-b",
        appointmentId: idsOfA.appointmentId,
      }),
    ]);

    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 404));
    expect((await asB.get("/promotions")).body.items).toHaveLength(1);
  });

  it("never lists another studio's items", async () => {
    const asB = api.as("studio-b");
    const idsOfAInLists = (
      await Promise.all(
        [
          "/clients",
          "/categories",
          "/services",
          "/staff",
          "/projects",
          "/reconnect/categories",
          "/client-groups",
          "/promotions",
          `/clients/${idsOfB.clientId}/photos`,
        ].map((path) => asB.get(path)),
      )
    )
      .flatMap((response) => (Array.isArray(response.body) ? response.body : response.body.items))
      .map((item: { id?: string; categoryId?: string }) => item.id ?? item.categoryId)
      .filter((id): id is string => id !== undefined && Object.values(idsOfA).includes(id));

    expect(idsOfAInLists).toEqual([]);
  });

  it("refuses a request without a studio in its token with 401", async () => {
    const response = await api.request(null, "GET", "/clients");

    expect(response.status).toBe(401);
  });

  it("refuses a studio claim that is not a studio id with 401, before it reaches a key", async () => {
    const claims = ["studio-a#CLIENT#client-0109", "studio-a#", "studio a", "", "x".repeat(65)];

    const responses = await Promise.all(
      claims.map((studioId) => api.request({ studioId }, "GET", "/clients")),
    );

    expect(responses.map((response) => response.status)).toEqual(claims.map(() => 401));
    expect(responses.map((response) => response.body.error.code)).toEqual(
      claims.map(() => "AUTH.UNAUTHORIZED"),
    );
  });
});
