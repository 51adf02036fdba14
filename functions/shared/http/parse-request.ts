import type { APIGatewayProxyEventV2 } from "aws-lambda";
import * as z from "zod";
import { type FieldIssue, RebookError, validationError } from "../../../domain/errors";
import { STAFF_ROLES, type StaffRole } from "../../../domain/model/staff-account";
import { ROLE_CLAIM, STUDIO_CLAIM } from "../../http/admin-routes";
import { idSchema } from "../../http/shared/common-schemas";
import type { Caller, RequestOrigin, RouteSpec } from "./route";

/**
 * Claims come from API Gateway's JWT authorizer (cloud) or the local server's verifier. The studio id
 * becomes part of every key, so it must be an id: "demo#CLIENT#x" would reach into another key space.
 */
export const callerOf = (event: APIGatewayProxyEventV2): Caller => {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } })
    .authorizer?.jwt?.claims;
  const studioId = idSchema.safeParse(claims?.[STUDIO_CLAIM]);
  const role = claims?.[ROLE_CLAIM];
  if (!studioId.success) throw new RebookError("AUTH.UNAUTHORIZED", "the token names no studio");
  if (!(STAFF_ROLES as readonly unknown[]).includes(role))
    throw new RebookError("AUTH.FORBIDDEN", "the token names no staff role");
  return { studioId: studioId.data, role: role as StaffRole };
};

export const originOf = (event: APIGatewayProxyEventV2): RequestOrigin => ({
  ipAddress: event.requestContext.http.sourceIp || null,
  userAgent: event.requestContext.http.userAgent || null,
  pageOrigin: event.headers?.origin || null,
});

const fieldOf = (path: readonly PropertyKey[], part: string): string =>
  path.length === 0 ? part : path.map(String).join(".");

/** One issue per offending field; an unknown key is named itself, not its parent object. */
const issuesOf = (error: z.ZodError, part: string): FieldIssue[] =>
  error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key], part),
          message: "is not a known field",
        }))
      : [{ field: fieldOf(issue.path, part), message: issue.message }],
  );

const validationFailure = (issues: FieldIssue[]): RebookError =>
  new RebookError("VALIDATION.FAILED", issues.map((issue) => `${issue.field}: ${issue.message}`).join("; "), {
    issues,
  });

const readBody = (event: APIGatewayProxyEventV2, format: RouteSpec["bodyFormat"]): unknown => {
  if (event.body === undefined || event.body === "") return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  if (format === "raw") return text;
  if (format === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw validationError("body", "is not valid JSON");
  }
};

const noQuery = z.strictObject({});

/** Validates every part of the request, reporting all bad fields at once. */
export const parseRequest = (
  spec: Pick<RouteSpec, "path" | "query" | "body" | "bodyFormat">,
  event: APIGatewayProxyEventV2,
) => {
  const parts = {
    path: { schema: spec.path, value: event.pathParameters ?? {} },
    // A route without query parameters refuses any, as a list refuses those it does not know.
    query: { schema: spec.query ?? noQuery, value: event.queryStringParameters ?? {} },
    body: {
      schema: spec.body,
      value: spec.body === undefined ? undefined : readBody(event, spec.bodyFormat),
    },
  };
  const issues: FieldIssue[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [part, { schema, value }] of Object.entries(parts)) {
    if (schema === undefined) continue;
    const result = schema.safeParse(value);
    if (result.success) parsed[part] = result.data;
    else issues.push(...issuesOf(result.error, part));
  }
  if (issues.length > 0) throw validationFailure(issues);
  return parsed as { path: unknown; query: unknown; body: unknown };
};

/** Validates one input outside an HTTP request (an operator's payload); every bad field at once. */
export const parseInput = <S extends z.ZodType>(schema: S, value: unknown, part: string): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailure(issuesOf(result.error, part));
  return result.data;
};
