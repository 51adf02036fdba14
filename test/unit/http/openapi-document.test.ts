import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { adminRoutes } from "../../../functions/http/admin-routes";
import { openApiDocument } from "../../../functions/http/openapi/openapi-document";
import { publicRoutes } from "../../../functions/http/public/public-routes";

interface Response {
  content?: Record<string, { schema?: unknown }>;
}
type Operation = { responses: Record<string, Response & { $ref?: string }> };

const operationsOf = (document: ReturnType<typeof openApiDocument>) =>
  Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations as Record<string, Operation>).map(([method, operation]) => ({
      routeKey: `${method.toUpperCase()} ${path}`,
      operation,
    })),
  );

/** Every `$ref` in the document, wherever it is. */
const refsIn = (value: unknown): string[] =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([key, inner]) =>
        key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
      );

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("describes every admin and public route", () => {
    const described = operationsOf(document).map(({ routeKey }) => routeKey);

    expect(described.sort()).toEqual(
      [...Object.values(adminRoutes).flat(), ...Object.values(publicRoutes).flat()].sort(),
    );
  });

  it("documents every operation's success with a schema, and every error with the error body", () => {
    for (const { routeKey, operation } of operationsOf(document)) {
      const [status, ...others] = Object.keys(operation.responses).filter((code) => code.startsWith("2"));
      const success = operation.responses[status!]!;
      const errors = Object.entries(operation.responses).filter(([code]) => !code.startsWith("2"));

      expect(others, routeKey).toEqual([]);
      if (status === "204") expect(success.content, routeKey).toBeUndefined();
      else {
        expect(Object.keys(success.content ?? {}), routeKey).not.toEqual([]);
        for (const [mediaType, { schema }] of Object.entries(success.content!)) {
          expect(schema, `${routeKey} ${mediaType}`).toEqual(expect.any(Object));
        }
      }
      expect(errors.length, routeKey).toBeGreaterThan(0);
      for (const [, error] of errors) {
        expect(error.content?.["application/json"]?.schema, routeKey).toEqual({
          $ref: "#/components/schemas/Error",
        });
      }
    }
  });

  it("names the local stack and the deployed API as servers", () => {
    expect(
      openApiDocument({ localUrl: "http://127.0.0.1:4321" }).servers.map((server) => server.url),
    ).toEqual(["http://127.0.0.1:4321", "https://{apiId}.execute-api.{region}.amazonaws.com"]);
  });

  it("is valid OpenAPI 3.1, and every reference in it resolves", async () => {
    const validator = new Validator();

    const result = await validator.validate(structuredClone(document));

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const ref of refsIn(document)) {
      expect(Object.keys(document.components.schemas), ref).toContain(
        ref.replace("#/components/schemas/", ""),
      );
    }
  });

  it("is committed as generated (run `npm run openapi` after changing a route)", () => {
    const committed = JSON.parse(readFileSync("docs/openapi.json", "utf8"));

    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
