import type middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { RebookError } from "../../../domain/errors";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { mayCall } from "../../http/permissions";
import { countOutcome, logger, observed } from "../observability";
import { errorResponseMiddleware } from "./error-response-middleware";
import { HtmlPage, htmlResponse, jsonResponse } from "./json-response";
import { callerOf, originOf, parseRequest } from "./parse-request";
import {
  type Caller,
  isPublicRoute,
  type PublicRouteRequest,
  type PublicRouteSpec,
  type RouteSpec,
} from "./route";

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** An admin route's request has a caller, a public route's has none. */
type AnyRouteRequest = PublicRouteRequest<unknown, unknown, unknown> & { caller?: Caller };

/** A public route's body is a handful of fields unless the route says otherwise: larger is refused unread. */
const PUBLIC_BODY_LIMIT_BYTES = 8 * 1024;

const bodyBytes = (event: APIGatewayProxyEventV2): number =>
  event.body === undefined ? 0 : Buffer.byteLength(event.body, event.isBase64Encoded ? "base64" : "utf8");

/** The staff member behind an admin request, if the permission table lets their role call the route. */
const authorisedCaller = (event: APIGatewayProxyEventV2): Caller => {
  const caller = callerOf(event);
  if (!mayCall(caller.role, event.routeKey)) {
    throw new RebookError("AUTH.FORBIDDEN", `the role ${caller.role} may not call ${event.routeKey}`);
  }
  return caller;
};

/**
 * One Lambda serving an area's routes, dispatched on API Gateway's route key. Admin routes answer only a
 * signed-in caller; public routes (see `publicRoute`) take no caller at all.
 */
export const httpApi = (routes: Record<string, RouteSpec | PublicRouteSpec>, deps: Dependencies) => {
  const bound = Object.fromEntries(
    Object.entries(routes).map(([key, spec]) => [
      key,
      { spec, handle: spec.handle(deps) as (request: AnyRouteRequest) => Promise<unknown> },
    ]),
  );

  const dispatch = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const route = bound[event.routeKey];
    if (route === undefined) throw new RebookError("ROUTE.NOT_FOUND", `no route ${event.routeKey}`);
    if (isPublicRoute(route.spec)) {
      const limit = route.spec.bodyLimitBytes ?? PUBLIC_BODY_LIMIT_BYTES;
      if (bodyBytes(event) > limit)
        throw new RebookError("REQUEST.TOO_LARGE", `the body exceeds ${limit} bytes`);
    }
    const caller = isPublicRoute(route.spec) ? undefined : authorisedCaller(event);
    const { path, query, body } = parseRequest(route.spec, event);
    const origin = originOf(event);
    const result = await route.handle({
      ...(caller === undefined ? {} : { caller }),
      path,
      query,
      body,
      origin,
      headers: event.headers ?? {},
    });
    const status = route.spec.successStatus ?? 200;
    return result instanceof HtmlPage ? htmlResponse(status, result.html) : jsonResponse(status, result);
  };

  /** Counts the requests of routes that name a metric, by outcome; before the error becomes a response. */
  const outcomeMetric: middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> = {
    after: async function countSuccess(request) {
      const metric = bound[request.event.routeKey]?.spec.metric;
      if (metric !== undefined) countOutcome(metric, "success");
    },
    onError: async function countRefusal(request) {
      const metric = bound[request.event.routeKey]?.spec.metric;
      if (metric !== undefined)
        countOutcome(metric, request.error instanceof RebookError ? request.error.code : "INTERNAL");
    },
  };

  return observed(dispatch).use(outcomeMetric).use(errorResponseMiddleware(logger)) as unknown as HttpHandler;
};
