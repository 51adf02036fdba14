import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";
import { countUsage } from "../support/count-usage";

const STUDIO = "studio-cached";

describe("the catalog read cache on DynamoDB Local", () => {
  let api: ApiHarness;
  let counter: ReturnType<typeof countUsage>;
  let clientId: string;
  const studio = () => api.as(STUDIO);
  const book = (startsAt: string) =>
    studio().post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt });

  beforeAll(async () => {
    api = await createApiHarness();
    counter = countUsage(api.documentClient);
    await api.addStudio(aStudio(STUDIO));
    await addCatalog(api.deps, STUDIO);
    clientId = (await studio().post("/clients", { firstName: "Eva", lastName: "Kowalska" })).body.id;
  });

  it("books with one read and one write once the catalog was read", async () => {
    // Prepare: saving the catalog left nothing cached
    const cold = await counter.measure(() => book("2026-12-01T09:00:00Z"));

    // Act
    const warm = await counter.measure(() => book("2026-12-01T11:00:00Z"));

    // Assess
    expect(cold.result.status).toBe(201);
    expect(cold.usage.byCommand).toEqual({ BatchGetItemCommand: 2, TransactWriteItemsCommand: 1 });
    expect(warm.result.status).toBe(201);
    expect(warm.usage.byCommand).toEqual({ BatchGetItemCommand: 1, TransactWriteItemsCommand: 1 });
    expect(warm.usage.waves).toBe(2);
  });

  it("sees its own change of a cached service at once", async () => {
    // Prepare
    await book("2026-12-02T09:00:00Z");

    // Act
    const patched = await studio().patch("/services/cut", { price: 5200 });
    const booked = await book("2026-12-02T11:00:00Z");

    // Assess
    expect(patched.status).toBe(200);
    expect(booked.body.price).toBe(5200);
  });

  it("sees its own change of the cached studio at once", async () => {
    // Prepare
    await studio().get("/studio");

    // Act
    await studio().patch("/studio", { name: "Salon Nord" });
    const read = await studio().get("/studio");

    // Assess
    expect(read.body.name).toBe("Salon Nord");
  });
});
