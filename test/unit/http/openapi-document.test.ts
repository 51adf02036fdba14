import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adminRoutes } from "../../../functions/http/admin-routes";
import { openApiDocument } from "../../../functions/http/openapi/openapi-document";

describe("the OpenAPI document", () => {
  it("describes every admin route", () => {
    const document = openApiDocument();

    const described = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );

    expect(described.sort()).toEqual(Object.values(adminRoutes).flat().sort());
  });

  it("is committed as generated (run `npm run openapi` after changing a route)", () => {
    const committed = JSON.parse(readFileSync("docs/openapi.json", "utf8"));

    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });
});
