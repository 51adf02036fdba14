import { randomUUID } from "node:crypto";
import type { Studio } from "../../domain/model/studio";
import type { Dependencies } from "../../domain/ports/dependencies";
import { dynamoDbRepositories } from "../../functions/adapters/dynamodb/dynamodb-dependencies";
import { adminApi } from "../../functions/http/admin-api";
import { ROLE_CLAIM, STUDIO_CLAIM } from "../../functions/http/admin-routes";
import { toApiGatewayEvent } from "../../functions/local/api-gateway-event";
import { routeMatcher } from "../../functions/local/route-matcher";
import { type HttpHandler, httpApi } from "../../functions/shared/http/http-api";
import { createTestTable } from "./test-table";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

export const aStudio = (id: string, overrides: Partial<Studio> = {}): Studio => ({
  id,
  name: `Studio ${id}`,
  kind: "salon",
  timeZone: "Europe/Berlin",
  locale: "de-DE",
  currency: "EUR",
  settings: { defaultCountry: "DE", overdueGraceDays: null },
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  ...overrides,
});

/**
 * The admin API on a fresh DynamoDB Local table, called through the same handlers and the same route
 * matching as the local server, with a clock the test sets.
 */
export const createApiHarness = async () => {
  const table = await createTestTable();
  let now = "2026-11-23T10:00:00.000Z";
  const deps: Dependencies = {
    ...dynamoDbRepositories(table.documentClient, table.tableName),
    clock: () => now,
    newId: randomUUID,
  };
  const match = routeMatcher<HttpHandler>(
    Object.values(adminApi).flatMap((routes) => {
      const handler = httpApi(routes, deps);
      return Object.keys(routes).map((routeKey) => ({ routeKey, target: handler }));
    }),
  );

  const request = async (
    caller: { studioId: string; role?: string } | null,
    method: string,
    pathAndQuery: string,
    body?: unknown,
  ): Promise<ApiResponse> => {
    const url = new URL(pathAndQuery, "http://localhost");
    const route = match(method, url.pathname);
    if (route === null) throw new Error(`no route for ${method} ${url.pathname}`);
    const response = await route.target(
      toApiGatewayEvent({
        method,
        rawPath: url.pathname,
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        query: url.searchParams,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        headers: { "content-type": "application/json" },
        claims:
          caller === null ? null : { [STUDIO_CLAIM]: caller.studioId, [ROLE_CLAIM]: caller.role ?? "owner" },
      }),
    );
    return {
      status: response.statusCode ?? 200,
      body: response.body === undefined ? undefined : JSON.parse(response.body),
    };
  };

  /** Requests as a member of one studio. */
  const as = (studioId: string, role = "owner") => ({
    get: (path: string) => request({ studioId, role }, "GET", path),
    delete: (path: string) => request({ studioId, role }, "DELETE", path),
    post: (path: string, body?: unknown) => request({ studioId, role }, "POST", path, body),
    put: (path: string, body?: unknown) => request({ studioId, role }, "PUT", path, body),
    patch: (path: string, body?: unknown) => request({ studioId, role }, "PATCH", path, body),
  });

  return {
    ...table,
    deps,
    as,
    request,
    setNow: (instant: string) => {
      now = instant;
    },
    addStudio: async (studio: Studio) => {
      await deps.studios.put(studio);
      return studio;
    },
  };
};

export type ApiHarness = Awaited<ReturnType<typeof createApiHarness>>;
