import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const STUDIO = "studio-cursors";

const forged = (key: Record<string, string>) => Buffer.from(JSON.stringify(key)).toString("base64url");

describe("paging cursors are opaque and tamper-proof", () => {
  let api: ApiHarness;
  let firstPage: { nextCursor: string };

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await addCatalog(api.deps, STUDIO);
    for (const [firstName, lastName] of [
      ["Anna", "Schäfer"],
      ["Ben", "Schmidt"],
      ["Cleo", "Sommer"],
    ]) {
      await api.as(STUDIO).post("/clients", { firstName, lastName });
    }
    firstPage = (await api.as(STUDIO).get("/clients?limit=1")).body;
  });

  it("shows neither the key layout nor a client's name", () => {
    // Prepare / Act
    const decoded = Buffer.from(firstPage.nextCursor, "base64url").toString("latin1").toLowerCase();

    // Assess
    expect(decoded).not.toMatch(/studio|client|namekey|schafer|anna/);
  });

  it("pages on with a cursor it issued", async () => {
    // Prepare / Act
    const next = await api.as(STUDIO).get(`/clients?limit=1&cursor=${firstPage.nextCursor}`);

    // Assess
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(1);
  });

  it("answers 400 naming the cursor to a forged but well-formed key, an altered cursor, and one of another list", async () => {
    // Prepare
    const wellFormed = forged({
      pk: `STUDIO#${STUDIO}#CLIENT#x`,
      sk: "PROFILE",
      clientOf: `STUDIO#${STUDIO}`,
      nameKey: "a#x",
      extra: "attribute",
    });
    const altered = `${firstPage.nextCursor.slice(0, -2)}${firstPage.nextCursor.endsWith("A") ? "BB" : "AA"}`;

    // Act
    const responses = await Promise.all([
      api.as(STUDIO).get(`/clients?cursor=${wellFormed}`),
      api.as(STUDIO).get(`/clients?cursor=${altered}`),
      api.as(STUDIO).get(`/reconnect/categories/hair/clients?cursor=${firstPage.nextCursor}`),
      api.as(STUDIO).get(`/clients?name=sch&cursor=${firstPage.nextCursor}`),
    ]);

    // Assess
    expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400]);
    expect(responses[0]!.body.error.fields[0].field).toBe("query.cursor");
  });
});
