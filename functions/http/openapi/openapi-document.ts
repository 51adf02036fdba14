import * as z from "zod";
import { errorBodySchema } from "../../shared/http/error-body";
import { isPublicRoute, type PublicRouteSpec, type RouteSpec } from "../../shared/http/route";
import { adminApi } from "../admin-api";
import type { AdminRouteKey } from "../admin-routes";
import { bookingRoutes } from "../booking/booking-routes";
import { paymentRoutes } from "../payments/payment-routes";
import { permissions } from "../permissions";
import { unsubscribeRoutes } from "../public/unsubscribe-routes";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

/** The document reads the routes' schemas and binds no handler, so the public routes need no secret. */
const publicApi = {
  unsubscribe: unsubscribeRoutes(""),
  booking: bookingRoutes({ publicBaseUrl: "", manageSecret: "" }),
  payments: paymentRoutes,
};

/**
 * JSON Schemas of the routes' zod schemas. A schema named with `.meta({ id })` (the shapes several answers
 * share) is converted once, into `components.schemas`, and referred to from everywhere it appears.
 */
const schemaConverter = () => {
  const components: Record<string, unknown> = {};
  const toComponents = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  const convert = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
    const {
      $schema: _dialect,
      $defs = {},
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema & { $defs?: object };
    Object.assign(components, toComponents($defs));
    return toComponents(rest);
  };
  return { convert, components };
};

type Convert = ReturnType<typeof schemaConverter>["convert"];

const parameters = (convert: Convert, schema: z.ZodType | undefined, location: "path" | "query") => {
  if (schema === undefined) return [];
  const { properties = {}, required = [] } = convert(schema, "input");
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || required.includes(name),
    schema: property,
  }));
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const successResponse = (convert: Convert, spec: RouteSpec | PublicRouteSpec) => {
  if ((spec.successStatus ?? 200) === 204) return { description: "Done; no body" };
  const content = {
    ...(spec.response === undefined
      ? {}
      : { "application/json": { schema: convert(spec.response, "output") } }),
    ...(isPublicRoute(spec) && spec.htmlPage ? { "text/html": { schema: { type: "string" } } } : {}),
  };
  return { description: "Success", content };
};

const errorResponses = (spec: RouteSpec | PublicRouteSpec) => ({
  "400": errorResponse("A field is invalid; `error.fields` names each one"),
  ...(isPublicRoute(spec)
    ? {}
    : {
        "401": errorResponse("No valid staff token"),
        "403": errorResponse("The caller's role may not do this"),
      }),
  "404": errorResponse("Unknown id, or an id of another studio"),
  "409": errorResponse("Conflict with the current state"),
  "500": errorResponse("Something went wrong on our side; the body says no more (`INTERNAL`)"),
});

/** A raw body is read as sent, whatever its type says (a provider's signed JSON). */
const mediaTypeOf = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
  raw: "*/*",
} satisfies Record<NonNullable<RouteSpec["bodyFormat"]>, string>;

const operation = (convert: Convert, area: string, routeKey: string, spec: RouteSpec | PublicRouteSpec) => ({
  tags: [area],
  operationId: routeKey
    .replace(/[{}]/g, "")
    .split(/[\s/-]+/)
    .filter(Boolean)
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1)))
    .join(""),
  summary: spec.summary,
  ...(isPublicRoute(spec)
    ? {}
    : { description: `Roles: ${permissions[routeKey as AdminRouteKey].join(", ")}.` }),
  security: isPublicRoute(spec) ? [] : [{ staffToken: [] }],
  parameters: [...parameters(convert, spec.path, "path"), ...parameters(convert, spec.query, "query")],
  ...(spec.body === undefined
    ? {}
    : {
        requestBody: {
          required: true,
          content: {
            [mediaTypeOf[spec.bodyFormat ?? "json"]]: {
              schema: convert(spec.body, "input"),
            },
          },
        },
      }),
  responses: { [spec.successStatus ?? 200]: successResponse(convert, spec), ...errorResponses(spec) },
});

/** Where the API is: the local stack, and the deployed HTTP API (the stack's output `ApiUrl`). */
const serversOf = (localUrl: string) => [
  { url: localUrl, description: "The local stack (npm start)" },
  {
    url: "https://{apiId}.execute-api.{region}.amazonaws.com",
    description: "The deployed HTTP API (the stack's output ApiUrl)",
    variables: {
      apiId: { default: "apiId", description: "The HTTP API's id" },
      region: { default: "eu-central-1", description: "The AWS region the stack is deployed to" },
    },
  },
];

/**
 * OpenAPI 3.1 document of the HTTP API, admin and public routes, generated from the same zod schemas that
 * validate requests and describe answers.
 */
export const openApiDocument = ({ localUrl = "http://127.0.0.1:3000" }: { localUrl?: string } = {}) => {
  const { convert, components } = schemaConverter();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [area, routes] of [...Object.entries(adminApi), ...Object.entries(publicApi)]) {
    for (const [routeKey, spec] of Object.entries(routes as Record<string, RouteSpec | PublicRouteSpec>)) {
      const [method, path] = routeKey.split(" ") as [string, string];
      paths[path] = { ...paths[path], [method.toLowerCase()]: operation(convert, area, routeKey, spec) };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Rebook API",
      version: "1",
      description:
        "The staff console's API, where every request is scoped to the studio named in the caller's token, and the public routes reached without one (unsubscribe links).",
    },
    servers: serversOf(localUrl),
    components: {
      securitySchemes: { staffToken: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: { ...components, Error: convert(errorBodySchema, "output") },
    },
    paths,
  };
};
