import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type AdminRouteKey, adminRoutes } from "../../functions/http/admin-routes";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { addFurnishedStudio, type StudioIds, validBodies } from "../support/studio-fixture";

const allRouteKeys = Object.values(adminRoutes).flat() as AdminRouteKey[];
const RUNS_PER_ROUTE = 40;

/** Values no schema expects: wrong types, edge numbers, odd strings, deep nesting. */
const oddValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "💥".repeat(300),
    "../../etc",
    "null",
    "-1",
    "1e309",
    "2026-02-30T25:61:00Z",
  ),
  fc.double(),
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
);

/** A body that is mostly right with one field broken, an extra field, or something that is not a body at all. */
const malformedBody = (valid: unknown) => {
  const fields = typeof valid === "object" && valid !== null ? Object.keys(valid) : [];
  return fc.oneof(
    fc.string().map((text) => `{${text}`),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    ...(fields.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...fields), oddValue)
            .map(([field, value]) => JSON.stringify({ ...(valid as object), [field]: value })),
          fc
            .tuple(fc.string({ minLength: 1 }), oddValue)
            .filter(([field]) => !fields.includes(field))
            .map(([field, value]) => JSON.stringify({ ...(valid as object), [field]: value })),
        ]),
  );
};

const oddId = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("", "%", "a/b", "x".repeat(65), "ü"));

const oddQuery = fc
  .dictionary(
    fc.constantFrom("limit", "cursor", "name", "phone", "email", "status", "clientId", "unknown"),
    fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("0", "-5", "101", "1.5", "e30", "eyJwayI6IngifQ")),
  )
  .map((entries) => new URLSearchParams(entries));

describe("malformed input never causes a 5xx and a refused request writes nothing", () => {
  let api: ApiHarness;
  let ids: StudioIds;
  const snapshot = async () =>
    (await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true })))
      .Items ?? [];

  beforeAll(async () => {
    api = await createApiHarness();
    ids = await addFurnishedStudio(api, "studio-a");
  });

  it.each(allRouteKeys)("%s", async (routeKey) => {
    const parameterNames = [...routeKey.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as keyof StudioIds);
    const valid = validBodies(ids)[routeKey];
    const requests = fc.record({
      pathParameters: fc.tuple(...parameterNames.map((name) => fc.oneof(oddId, fc.constant(ids[name])))),
      query: oddQuery,
      body: fc.option(malformedBody(valid), { nil: undefined }),
    });

    // The table as the last request left it, read once per request: a refusal must leave it so. Shrinking
    // replays requests after a failure, so each run compares with the table as it then is.
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(requests, async ({ pathParameters, query, body }) => {
        const response = await api.invoke({ studioId: "studio-a" }, routeKey, {
          pathParameters: Object.fromEntries(
            parameterNames.map((name, index) => [name, pathParameters[index]!]),
          ),
          query,
          body,
        });

        const expected = before;
        before = await snapshot();
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.body.error.code).toEqual(expect.any(String));
          expect(before).toEqual(expected);
        }
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  });
});
