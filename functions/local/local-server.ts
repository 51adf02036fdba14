import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { ErrorCode } from "../../domain/errors";
import { adminRoutes } from "../http/admin-routes";
import { openApiDocument } from "../http/openapi/openapi-document";
import { publicRoutes } from "../http/public/public-routes";
import { container } from "../shared/container";
import { readEnvironment } from "../shared/environment";
import { statusOf } from "../shared/http/error-status";
import type { HttpHandler } from "../shared/http/http-api";
import { paymentSimulatorOf } from "../shared/payments-container";
import { moveSystemClockTo, systemClock } from "../shared/system-clock";
import { toApiGatewayEvent } from "./api-gateway-event";
import { apiReference } from "./api-reference";
import { consoleHost } from "./console-host";
import { signLocalToken, verifyLocalToken } from "./local-auth";
import { type LocalScheduleName, type LocalScheduler, localScheduleNames } from "./local-scheduler";
import { paymentSimulatorPages } from "./payment-simulator-pages";
import { routeMatcher } from "./route-matcher";
import { widgetSite } from "./widget-site";

const MAX_BODY_BYTES = 1024 * 1024;

interface LocalRoute {
  /** The Lambda entry file under functions/http/ that serves the route in the cloud. */
  entry: string;
  authorized: boolean;
}

const routeTable = [
  ...Object.entries(adminRoutes).flatMap(([area, keys]) =>
    keys.map((routeKey) => ({ routeKey, target: { entry: area, authorized: true } })),
  ),
  ...Object.entries(publicRoutes).flatMap(([area, keys]) =>
    keys.map((routeKey) => ({ routeKey, target: { entry: area, authorized: false } })),
  ),
];

const send = (response: ServerResponse, result: APIGatewayProxyStructuredResultV2) => {
  response.writeHead(result.statusCode ?? 200, {
    "access-control-allow-origin": "*",
    ...(result.headers as Record<string, string> | undefined),
  });
  response.end(result.body);
};

const errorResult = (
  statusCode: number,
  code: string,
  message: string,
): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ error: { code, message } }),
});

const jsonResult = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

const jsonBody = (body: string | null): unknown => {
  try {
    return JSON.parse(body ?? "");
  } catch {
    return undefined;
  }
};

/** Signs in as the account holding an address, as the console's sign-in page does locally. */
const signIn = async (
  body: string | null,
  tokenSecret: string,
): Promise<APIGatewayProxyStructuredResultV2> => {
  const email = (jsonBody(body) as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string")
    return errorResult(400, "VALIDATION.FAILED", 'body must be { "email": "…" }');
  const { deps } = await container();
  const account = await deps.staffAccounts.findByEmail(email.toLowerCase());
  if (account === null) return errorResult(404, "ACCOUNT.NOT_FOUND", "no local account has this address");
  return jsonResult(200, { account, token: await signLocalToken(account, tokenSecret) });
};

/** Opens a studio with the operator's function, and signs its owner in. */
const openStudio = async (
  body: string | null,
  tokenSecret: string,
): Promise<APIGatewayProxyStructuredResultV2> => {
  const { handler } = await import("../operations/create-studio");
  const result = await handler(jsonBody(body));
  if (!result.ok) return jsonResult(statusOf[result.error.code as ErrorCode] ?? 400, { error: result.error });
  return jsonResult(201, { ...result, token: await signLocalToken(result.owner, tokenSecret) });
};

/**
 * Local-only controls for playing scenarios: `GET/PUT /_local/clock` reads or moves the clock every
 * handler runs on, `POST /_local/schedules/{name}` runs a schedule's target now, `POST /_local/sign-in`
 * issues a staff token for a local account, `POST /_local/studios` opens a studio as the platform
 * operator would. Not part of the cloud API.
 */
const localControl = async (
  method: string,
  path: string,
  body: string | null,
  controls: { scheduler: LocalScheduler; tokenSecret: string },
): Promise<APIGatewayProxyStructuredResultV2> => {
  if (path === "/_local/clock" && method === "GET") return jsonResult(200, { now: systemClock() });
  if (path === "/_local/clock" && method === "PUT") {
    const now = (jsonBody(body) as { now?: unknown } | undefined)?.now;
    if (typeof now !== "string" || Number.isNaN(Date.parse(now))) {
      return errorResult(400, "VALIDATION.FAILED", 'body must be { "now": "<ISO 8601 instant>" }');
    }
    moveSystemClockTo(now);
    return jsonResult(200, { now: systemClock() });
  }
  if (path === "/_local/sign-in" && method === "POST") return signIn(body, controls.tokenSecret);
  if (path === "/_local/studios" && method === "POST") return openStudio(body, controls.tokenSecret);
  const schedule = /^\/_local\/schedules\/([\w-]+)$/.exec(path)?.[1];
  if (method === "POST" && schedule !== undefined && localScheduleNames.includes(schedule)) {
    return jsonResult(200, {
      schedule,
      result: await controls.scheduler.runNow(schedule as LocalScheduleName),
    });
  }
  return errorResult(404, "ROUTE.NOT_FOUND", `no local control ${method} ${path}`);
};

const readBody = (request: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

/**
 * The API Gateway of the local stack: matches routes, verifies staff tokens like the JWT authorizer,
 * and hands API Gateway v2 events to the same Lambda entry handlers that run in the cloud; with
 * PAYMENT_SIMULATOR_SECRET set it serves the payment simulator's checkout pages (`/pay/…`) too. The
 * environment (TABLE_NAME, DYNAMODB_ENDPOINT, …) must be set before the first request.
 */
export const startLocalServer = async (options: {
  port: number;
  tokenSecret: string;
  /** Enables the `/_local/…` routes that move the clock and run schedules now. */
  scheduler?: LocalScheduler;
  /** The built booking widget, served under `/widget/` with a demo page embedding it. */
  widgetDirectory?: string;
  /** Serves the built console at `/console/`, offering the accounts of these studios to sign in as. */
  console?: { directory: string; studioIds: readonly string[] };
}): Promise<Server> => {
  const match = routeMatcher<LocalRoute>(routeTable);
  const widgetFile = options.widgetDirectory === undefined ? null : widgetSite(options.widgetDirectory);
  const serveConsole = options.console === undefined ? null : consoleHost(options.console);
  const handlers = new Map<string, Promise<HttpHandler>>();
  const handlerOf = (entry: string) => {
    if (!handlers.has(entry)) {
      handlers.set(
        entry,
        import(`../http/${entry}`).then((module: { handler: HttpHandler }) => module.handler),
      );
    }
    return handlers.get(entry)!;
  };

  /** Paying on the simulator's page posts the signed event to the payments function, as Stripe would. */
  const deliverPaymentEvent = async (payload: string, signature: string) => {
    const webhook = await handlerOf("payments");
    const result = await webhook(
      toApiGatewayEvent({
        method: "POST",
        rawPath: "/payments/stripe",
        routeKey: "POST /payments/stripe",
        pathParameters: {},
        query: new URLSearchParams(),
        body: payload,
        headers: { "content-type": "application/json", "stripe-signature": signature },
        claims: null,
      }),
    );
    if ((result.statusCode ?? 200) >= 300) {
      throw new Error(`the webhook answered ${result.statusCode}: ${result.body}`);
    }
  };
  let paymentPages: ReturnType<typeof paymentSimulatorPages> | undefined;
  /** The payment simulator's pages, where the environment (read at the first request) names the simulator. */
  const paymentPagesOf = () => {
    const environment = readEnvironment();
    if (environment.PAYMENT_SIMULATOR_SECRET === undefined) return null;
    paymentPages ??= paymentSimulatorPages(paymentSimulatorOf(environment), deliverPaymentEvent);
    return paymentPages;
  };

  const handle = async (request: IncomingMessage): Promise<APIGatewayProxyStructuredResultV2> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    if (method === "OPTIONS") {
      return {
        statusCode: 204,
        headers: {
          "access-control-allow-methods": "*",
          "access-control-allow-headers": "authorization,content-type",
        },
      };
    }
    if (method === "GET" && url.pathname === "/openapi.json") {
      return {
        statusCode: 200,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(openApiDocument({ localUrl: `http://127.0.0.1:${options.port}` })),
      };
    }
    if (method === "GET" && url.pathname.startsWith("/docs")) {
      const page = await apiReference(url.pathname);
      if (page !== null) return page;
    }
    if (method === "GET" && url.pathname.startsWith("/widget/") && widgetFile !== null) {
      const file = await widgetFile(url.pathname);
      if (file !== null) return file;
    }
    if (method === "GET" && serveConsole !== null) {
      const page = await serveConsole(url.pathname);
      if (page !== null) return page;
    }
    if (url.pathname.startsWith("/_local/") && options.scheduler !== undefined) {
      return localControl(method, url.pathname, await readBody(request), {
        scheduler: options.scheduler,
        tokenSecret: options.tokenSecret,
      });
    }
    if (url.pathname.startsWith("/pay/")) {
      const page = await paymentPagesOf()?.({ method, path: url.pathname, query: url.searchParams });
      if (page) return page;
    }
    const route = match(method, url.pathname);
    if (route === null) return errorResult(404, "ROUTE.NOT_FOUND", `no route ${method} ${url.pathname}`);
    let claims: Record<string, string> | null = null;
    if (route.target.authorized) {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
      if (token === undefined) return errorResult(401, "AUTH.UNAUTHORIZED", "a Bearer token is required");
      try {
        claims = await verifyLocalToken(token, options.tokenSecret);
      } catch {
        return errorResult(401, "AUTH.UNAUTHORIZED", "the token is not valid");
      }
    }
    const body = await readBody(request);
    if (body === null) return errorResult(413, "REQUEST.TOO_LARGE", "the body exceeds 1 MB");
    const headers = Object.fromEntries(
      Object.entries(request.headers).flatMap(([name, value]) =>
        typeof value === "string" ? [[name, value]] : [],
      ),
    );
    const handler = await handlerOf(route.target.entry);
    return handler(
      toApiGatewayEvent({
        method,
        rawPath: url.pathname,
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        query: url.searchParams,
        body: body === "" ? undefined : body,
        headers,
        claims,
      }),
    );
  };

  const server = createServer((request, response) => {
    handle(request)
      .then((result) => send(response, result))
      .catch((error: unknown) => {
        console.error(error);
        send(response, errorResult(500, "INTERNAL", "Something went wrong on our side"));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${options.port} is taken: set PORT to another one`)
          : error,
      ),
    );
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return server;
};
