import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import * as z from "zod";
import { errorBodySchema } from "../../functions/shared/http/error-body";
import { isPublicRoute, type PublicRouteSpec, type RouteSpec } from "../../functions/shared/http/route";

const parsed = (schema: z.ZodType, body: string | undefined, what: string) => {
  const result = schema.safeParse(body === undefined ? undefined : JSON.parse(body));
  if (!result.success) throw new Error(`${what}:\n${z.prettifyError(result.error)}\nbody: ${body}`);
};

/**
 * Throws unless an answer is what the OpenAPI document says: a success has the route's status and its
 * response schema's body (none for 204, or an HTML page where the route answers one); anything else has
 * the error body.
 */
export const checkContract = (
  routeKey: string,
  spec: RouteSpec | PublicRouteSpec,
  response: APIGatewayProxyStructuredResultV2,
): void => {
  const status = response.statusCode ?? 200;
  const contentType = String(response.headers?.["content-type"] ?? "");
  if (status >= 300) {
    parsed(errorBodySchema, response.body, `${routeKey} answered ${status} without the error body`);
    return;
  }
  const expected = spec.successStatus ?? 200;
  if (status !== expected) throw new Error(`${routeKey} answered ${status}, its document says ${expected}`);
  if (status === 204) {
    if (response.body !== undefined) throw new Error(`${routeKey} answered 204 with a body`);
  } else if (contentType.startsWith("text/html")) {
    if (!isPublicRoute(spec) || spec.htmlPage !== true)
      throw new Error(`${routeKey} answered an HTML page its document does not mention`);
  } else if (spec.response === undefined) {
    throw new Error(`${routeKey} answered JSON its document describes no schema for`);
  } else {
    parsed(
      spec.response,
      response.body,
      `${routeKey} answered ${status} with a body its response schema refuses`,
    );
  }
};
