import * as z from "zod";
import type { RouteSpec } from "../../shared/http/route";
import { adminApi } from "../admin-api";
import type { AdminRouteKey } from "../admin-routes";
import { permissions } from "../permissions";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

const inputSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

const parameters = (schema: z.ZodType | undefined, location: "path" | "query") => {
  if (schema === undefined) return [];
  const { properties = {}, required = [] } = inputSchema(schema);
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

const operation = (routeKey: string, spec: RouteSpec) => {
  const status = spec.successStatus ?? 200;
  return {
    operationId: routeKey
      .replace(/[{}]/g, "")
      .split(/[\s/-]+/)
      .filter(Boolean)
      .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1)))
      .join(""),
    summary: spec.summary,
    description: `Roles: ${permissions[routeKey as AdminRouteKey].join(", ")}.`,
    security: [{ staffToken: [] }],
    parameters: [...parameters(spec.path, "path"), ...parameters(spec.query, "query")],
    ...(spec.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { "application/json": { schema: inputSchema(spec.body) } },
          },
        }),
    responses: {
      [status]:
        status === 204
          ? { description: "Done" }
          : { description: "Success", content: { "application/json": {} } },
      "400": errorResponse("A field is invalid; `error.fields` names each one"),
      "401": errorResponse("No valid staff token"),
      "403": errorResponse("The staff role may not do this"),
      "404": errorResponse("Unknown id, or an id of another studio"),
      "409": errorResponse("Conflict with the current state"),
    },
  };
};

/** OpenAPI 3.1 document of the admin API, generated from the same zod schemas that validate requests. */
export const openApiDocument = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const routes of Object.values(adminApi)) {
    for (const [routeKey, spec] of Object.entries(routes as Record<string, RouteSpec>)) {
      const [method, path] = routeKey.split(" ") as [string, string];
      paths[path] = { ...paths[path], [method.toLowerCase()]: operation(routeKey, spec) };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Rebook admin API",
      version: "1",
      description: "Staff console API. Every request is scoped to the studio named in the caller's token.",
    },
    components: {
      securitySchemes: { staffToken: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", examples: ["CLIENT.NOT_FOUND", "VALIDATION.FAILED"] },
                message: { type: "string" },
                fields: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: { field: { type: "string" }, message: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
    },
    paths,
  };
};
