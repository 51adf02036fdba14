import { readFileSync } from "node:fs";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { STAFF_ROLES } from "../../domain/model/staff-account";
import { type AdminRouteKey, adminRoutes } from "../../functions/http/admin-routes";
import { permissions } from "../../functions/http/permissions";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { addFurnishedStudio, type StudioIds, validBodies } from "../support/studio-fixture";

const allRouteKeys = Object.values(adminRoutes).flat() as AdminRouteKey[];
const fillPath = (routeKey: string, ids: StudioIds): string =>
  routeKey.split(" ")[1]!.replace(/\{(\w+)\}/g, (_, name: keyof StudioIds) => ids[name]);

describe("roles: every route answers every role as the permission table says", () => {
  let api: ApiHarness;
  let ids: StudioIds;
  const tableItems = async () =>
    (await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true })))
      .Items;

  beforeAll(async () => {
    api = await createApiHarness();
    ids = await addFurnishedStudio(api, "studio-a");
  });

  const forbidden = allRouteKeys.flatMap((routeKey) =>
    STAFF_ROLES.filter((role) => !permissions[routeKey].includes(role)).map(
      (role) => [routeKey, role] as const,
    ),
  );
  const allowed = allRouteKeys.flatMap((routeKey) =>
    permissions[routeKey].map((role) => [routeKey, role] as const),
  );

  it.each(forbidden)("%s refuses the role %s with 403 and changes nothing", async (routeKey, role) => {
    const before = await tableItems();

    const response = await api.request(
      { studioId: "studio-a", role },
      routeKey.split(" ")[0]!,
      fillPath(routeKey, ids),
      validBodies(ids)[routeKey],
    );

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("AUTH.FORBIDDEN");
    expect(await tableItems()).toEqual(before);
  });

  // Allowed calls run after the refusals (it.each keeps the order), so the studio is still whole for those.
  it.each(allowed)("%s lets the role %s through", async (routeKey, role) => {
    const response = await api.request(
      { studioId: "studio-a", role },
      routeKey.split(" ")[0]!,
      fillPath(routeKey, ids),
      validBodies(ids)[routeKey],
    );

    expect(response.status).not.toBe(403);
  });

  it("refuses a token whose role is not one of Rebook's with 403", async () => {
    const response = await api.request({ studioId: "studio-a", role: "admin" }, "GET", "/clients");

    expect(response.status).toBe(403);
  });

  it("is the table the README shows", () => {
    const readmeRows = new Map(
      readFileSync("README.md", "utf8")
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .map((line) =>
          line
            .split("|")
            .slice(1, -1)
            .map((cell) => cell.trim()),
        )
        .map(([route = "", ...marks]) => [route.replaceAll("`", ""), marks]),
    );

    for (const routeKey of allRouteKeys) {
      expect(readmeRows.get(routeKey), routeKey).toEqual(
        STAFF_ROLES.map((role) => (permissions[routeKey].includes(role) ? "✓" : "–")),
      );
    }
  });
});
