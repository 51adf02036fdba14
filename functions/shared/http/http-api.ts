import { Logger } from "@aws-lambda-powertools/logger";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { RebookError } from "../../../domain/errors";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { errorResponseMiddleware } from "./error-response-middleware";
import { jsonResponse } from "./json-response";
import { callerOf, parseRequest } from "./parse-request";
import type { RouteSpec } from "./route";

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

const logger = new Logger({ serviceName: "rebook-api" });

/** One Lambda serving an area's routes, dispatched on API Gateway's route key. */
export const httpApi = (routes: Record<string, RouteSpec>, deps: Dependencies) => {
  const bound = Object.fromEntries(
    Object.entries(routes).map(([key, spec]) => [key, { spec, handle: spec.handle(deps) }]),
  );

  const dispatch = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const route = bound[event.routeKey];
    if (route === undefined) throw new RebookError("ROUTE.NOT_FOUND", `no route ${event.routeKey}`);
    const caller = callerOf(event);
    if (route.spec.roles !== undefined && !route.spec.roles.includes(caller.role)) {
      throw new RebookError(
        "AUTH.FORBIDDEN",
        `${event.routeKey} needs the role ${route.spec.roles.join(" or ")}`,
      );
    }
    const { path, query, body } = parseRequest(route.spec, event);
    const result = await route.handle({ caller, path, query, body });
    return jsonResponse(route.spec.successStatus ?? 200, result);
  };

  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(dispatch).use(
    errorResponseMiddleware(logger),
  ) as unknown as HttpHandler;
};
