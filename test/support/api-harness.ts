import { randomUUID } from "node:crypto";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { inject } from "vitest";
import { sendAppointmentNotices } from "../../domain/appointments/send-appointment-notices";
import type { Studio } from "../../domain/model/studio";
import type { Dependencies } from "../../domain/ports/dependencies";
import { localAccountDirectory } from "../../functions/adapters/cognito/local-account-directory";
import type { TableContext } from "../../functions/adapters/dynamodb/table-context";
import { paymentSimulator } from "../../functions/adapters/payments/payment-simulator";
import { createS3Client, s3PhotoObjects } from "../../functions/adapters/s3/photo-objects";
import { adminApi } from "../../functions/http/admin-api";
import { ROLE_CLAIM, STUDIO_CLAIM } from "../../functions/http/admin-routes";
import { bookingRoutes } from "../../functions/http/booking/booking-routes";
import { paymentRoutes } from "../../functions/http/payments/payment-routes";
import { publicRoutes } from "../../functions/http/public/public-routes";
import { toApiGatewayEvent } from "../../functions/local/api-gateway-event";
import { paymentSimulatorPages } from "../../functions/local/payment-simulator-pages";
import { routeMatcher } from "../../functions/local/route-matcher";
import { type HttpHandler, httpApi } from "../../functions/shared/http/http-api";
import type { PublicRouteSpec, RouteSpec } from "../../functions/shared/http/route";
import { outboxSendRequests } from "../../functions/shared/outbox-send-requests";
import { wireRepositories, withQueueing } from "../../functions/shared/wiring";
import { checkContract } from "./contract";
import { createTestTable, TEST_SECRETS } from "./test-table";

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies as loose JSON and assert on them
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  /** A public answer's headers (e.g. a redirect's `location`). */
  headers?: Record<string, string>;
}

/** The payment simulator's signing secret, as a Stripe endpoint's: tests sign their own events with it. */
export const PAYMENT_WEBHOOK_SECRET = "whsec_harness_payment_simulator";

/** Where the harness's booking links point, and the key that signs them. */
export const BOOKING_LINKS = {
  publicBaseUrl: "https://book.rebook.test",
  manageSecret: "booking-links-test-secret",
};

export const aStudio = (id: string, overrides: Partial<Studio> = {}): Studio => ({
  id,
  handle: id.toLowerCase(),
  name: `Studio ${id}`,
  kind: "salon",
  timeZone: "Europe/Berlin",
  locale: "de-DE",
  currency: "EUR",
  settings: { defaultCountry: "DE", overdueGraceDays: null },
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  version: 1,
  ...overrides,
});

/**
 * The admin API on a table, called through the same handlers and the same route matching as the local
 * server, with a clock the caller sets. Every answer is checked against the route's contract
 * (`checkContract`), so every integration test checks the OpenAPI document's response schemas.
 */
export const apiHarnessOn = <T extends { ctx: TableContext }>(table: T, gallery?: PhotoBucket) => {
  let now = "2026-11-23T10:00:00.000Z";
  const payments = paymentSimulator({
    webhookSecret: PAYMENT_WEBHOOK_SECRET,
    baseUrl: BOOKING_LINKS.publicBaseUrl,
    clock: () => now,
  });
  const deps: Dependencies = withQueueing(
    wireRepositories(table.ctx, {
      accountDirectory: localAccountDirectory,
      payments,
      ...(gallery === undefined ? {} : { photoObjects: s3PhotoObjects(gallery.s3, gallery.bucket) }),
      clock: () => now,
      newId: randomUUID,
      bookingLinks: BOOKING_LINKS,
    }),
    outboxSendRequests(() => ({
      perMinute: { email: 600, sms: 600 },
      publicBaseUrl: "https://rebook.test",
      unsubscribeSecret: TEST_SECRETS.unsubscribe,
      bookingBaseUrl: BOOKING_LINKS.publicBaseUrl,
      manageSecret: BOOKING_LINKS.manageSecret,
    })),
  );
  const handlerOf = new Map<string, HttpHandler>(
    Object.values(adminApi).flatMap((routes) => {
      const handler = httpApi(routes, deps);
      return Object.keys(routes).map((routeKey) => [routeKey, handler] as const);
    }),
  );
  const specOf = new Map<string, RouteSpec>(
    Object.values(adminApi).flatMap((routes) => Object.entries(routes as Record<string, RouteSpec>)),
  );
  const match = routeMatcher([...handlerOf].map(([routeKey, target]) => ({ routeKey, target })));
  const publicAreas = { booking: bookingRoutes(BOOKING_LINKS), payments: paymentRoutes };
  const publicSpecOf = new Map<string, PublicRouteSpec>(
    Object.values(publicAreas).flatMap((routes) => Object.entries(routes)),
  );
  const matchPublic = routeMatcher(
    (["booking", "payments"] as const).flatMap((area) => {
      const handler = httpApi(publicAreas[area], deps);
      return publicRoutes[area].map((routeKey) => ({ routeKey, target: handler }));
    }),
  );

  /** Calls a public route's handler as API Gateway would after matching it, checking its contract. */
  const callPublic = async (
    method: string,
    url: URL,
    body: string | undefined,
    headers: Record<string, string>,
    sourceIp: string,
  ) => {
    const route = matchPublic(method, url.pathname);
    if (route === null) throw new Error(`no public route for ${method} ${url.pathname}`);
    const response = await route.target(
      toApiGatewayEvent({
        method,
        rawPath: url.pathname,
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        query: url.searchParams,
        body,
        headers,
        claims: null,
        sourceIp,
      }),
    );
    checkContract(route.routeKey, publicSpecOf.get(route.routeKey)!, response);
    return response;
  };

  /** The simulator's checkout pages; paying delivers to the webhook route, as Stripe would. */
  const paymentPages = paymentSimulatorPages(payments, async (payload, signature) => {
    const url = new URL("/payments/stripe", "http://localhost");
    const headers = { "content-type": "application/json", "stripe-signature": signature };
    const response = await callPublic("POST", url, payload, headers, "203.0.113.50");
    if ((response.statusCode ?? 200) >= 300) {
      throw new Error(`the webhook answered ${response.statusCode}: ${response.body}`);
    }
  });

  /**
   * Calls a public route (booking, the payment webhook) or a page of the payment simulator as a browser on
   * a studio's website (or the provider) would: no token, an IP address (one per caller, so per-IP limits
   * can be tried), optionally the page's origin and further headers. A full URL works too (a checkout's).
   */
  const publicRequest = async (
    method: string,
    pathAndQuery: string,
    body?: unknown,
    from: { ip?: string; origin?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> => {
    const url = new URL(pathAndQuery, "http://localhost");
    const response =
      (await paymentPages({ method, path: url.pathname, query: url.searchParams })) ??
      (await callPublic(
        method,
        url,
        body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        {
          "content-type": "application/json",
          "user-agent": "rebook-test",
          ...(from.origin === undefined ? {} : { origin: from.origin }),
          ...from.headers,
        },
        from.ip ?? "198.51.100.7",
      ));
    const text = response.body ?? "";
    const headers = (response.headers ?? {}) as Record<string, string>;
    const isJson = String(headers["content-type"] ?? "").includes("json");
    return {
      status: response.statusCode ?? 200,
      body: isJson && text !== "" ? JSON.parse(text) : text,
      headers,
    };
  };

  /** Calls a route's handler with raw parts, as API Gateway would after matching the route. */
  const invoke = async (
    caller: { studioId: string; role?: string } | null,
    routeKey: string,
    parts: { pathParameters?: Record<string, string>; query?: URLSearchParams; body?: string },
  ): Promise<ApiResponse> => {
    const handler = handlerOf.get(routeKey);
    if (handler === undefined) throw new Error(`no route ${routeKey}`);
    const rawPath = routeKey.split(" ")[1]!;
    const response = await handler(
      toApiGatewayEvent({
        method: routeKey.split(" ")[0]!,
        rawPath,
        routeKey,
        pathParameters: parts.pathParameters ?? {},
        query: parts.query ?? new URLSearchParams(),
        body: parts.body,
        headers: { "content-type": "application/json" },
        claims:
          caller === null ? null : { [STUDIO_CLAIM]: caller.studioId, [ROLE_CLAIM]: caller.role ?? "owner" },
      }),
    );
    checkContract(routeKey, specOf.get(routeKey)!, response);
    return {
      status: response.statusCode ?? 200,
      body: response.body === undefined ? undefined : JSON.parse(response.body),
    };
  };

  const request = async (
    caller: { studioId: string; role?: string } | null,
    method: string,
    pathAndQuery: string,
    body?: unknown,
  ): Promise<ApiResponse> => {
    const url = new URL(pathAndQuery, "http://localhost");
    const route = match(method, url.pathname);
    if (route === null) throw new Error(`no route for ${method} ${url.pathname}`);
    return invoke(caller, route.routeKey, {
      pathParameters: route.pathParameters,
      query: url.searchParams,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
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
    invoke,
    publicRequest,
    /** The payment simulator every deposit goes through: its refunds, and its checkouts' signed events. */
    payments,
    /** One run of the every-minute appointment notice run at the harness's clock. */
    sendNotices: sendAppointmentNotices(deps),
    setNow: (instant: string) => {
      now = instant;
    },
    addStudio: async (studio: Studio) => {
      await deps.studios.open({ studio, categories: [], owner: null });
      return studio;
    },
  };
};

/** The admin API on a fresh DynamoDB Local table of the test run. */
/** A bucket of the local S3 server for the gallery. */
interface PhotoBucket {
  s3: S3Client;
  bucket: string;
}

/** A fresh bucket on the local S3 server of the test run. */
const createTestBucket = async (): Promise<PhotoBucket> => {
  const s3 = createS3Client(inject("s3Endpoint"));
  const bucket = `rebook-photos-${randomUUID()}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  return { s3, bucket };
};

/** The admin API on a fresh DynamoDB Local table and a fresh bucket of the test run. */
export const createApiHarness = async () => {
  const gallery = await createTestBucket();
  return { ...apiHarnessOn(await createTestTable(), gallery), ...gallery };
};

export type ApiHarness = Awaited<ReturnType<typeof createApiHarness>>;
