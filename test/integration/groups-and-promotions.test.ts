import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

describe("client groups and promotions", () => {
  let api: ApiHarness;
  const studio = () => api.as("studio-a");
  const newClient = async (firstName: string) =>
    (await studio().post("/clients", { firstName, lastName: "Kowalska" })).body.id as string;
  const newPromotion = async (fields: Record<string, unknown>) =>
    studio().post("/promotions", {
      text: "A gift",
      discount: { kind: "percent", percent: 20 },
      validFrom: "2026-11-01",
      ...fields,
    });

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    api.setNow("2026-11-23T10:00:00.000Z");
  });

  it("keeps a group's members on their cards and deletes only an empty group", async () => {
    const clientId = await newClient("Zofia");
    const group = (await studio().post("/client-groups", { name: "VIP", colour: "#AA00FF" })).body;

    await studio().put(`/client-groups/${group.id}/members/${clientId}`);
    const members = await studio().get(`/clients?group=${group.id}`);
    const card = await studio().get(`/clients/${clientId}/card`);
    const refused = await studio().delete(`/client-groups/${group.id}`);
    await studio().delete(`/client-groups/${group.id}/members/${clientId}`);
    const deleted = await studio().delete(`/client-groups/${group.id}`);

    expect(group.colour).toBe("#aa00ff");
    expect(members.body.items.map((client: { id: string }) => client.id)).toEqual([clientId]);
    expect(card.body.groups).toEqual([expect.objectContaining({ id: group.id, name: "VIP" })]);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("GROUP.IN_USE");
    expect(deleted.status).toBe(204);
    expect((await studio().get(`/clients?group=${group.id}`)).body.items).toEqual([]);
  });

  it("refuses a second promotion with a taken code, naming the field", async () => {
    await newPromotion({ code: "autumn26" });

    const again = await newPromotion({ code: "AUTUMN26" });

    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual([{ field: "code", message: "is another promotion's code" }]);
  });

  it("redeems a code limited to 5 exactly 5 times out of 20 at once", async () => {
    await newPromotion({ code: "FIRST5", limitTotal: 5 });
    const clients = await Promise.all(Array.from({ length: 20 }, (_, index) => newClient(`Ola${index}`)));

    const responses = await Promise.all(
      clients.map((clientId) => studio().post(`/clients/${clientId}/redemptions`, { code: "first5" })),
    );
    const stored = (
      await api.documentClient.send(
        new ScanCommand({
          TableName: api.tableName,
          ConsistentRead: true,
          FilterExpression: "entity = :redemption AND code = :code",
          ExpressionAttributeValues: { ":redemption": "redemption", ":code": "FIRST5" },
        }),
      )
    ).Items;

    expect(responses.filter((response) => response.status === 201)).toHaveLength(5);
    expect(
      responses.filter((response) => response.status !== 201).map((response) => response.body.error.code),
    ).toEqual(Array(15).fill("PROMOTION.LIMIT_REACHED"));
    expect(stored).toHaveLength(5);
  });

  it("holds both limits under concurrency: 4 clients redeeming 5 times at once, 2 each and 5 in total", async () => {
    await newPromotion({ code: "DUO", limitPerClient: 2, limitTotal: 5 });
    const clients = await Promise.all(["Ada", "Basia", "Celina", "Dora"].map(newClient));

    const responses = await Promise.all(
      clients.flatMap((clientId) =>
        Array.from({ length: 5 }, async () => ({
          clientId,
          response: await studio().post(`/clients/${clientId}/redemptions`, { code: "DUO" }),
        })),
      ),
    );
    const redeemedBy = (clientId: string) =>
      responses.filter((entry) => entry.clientId === clientId && entry.response.status === 201).length;
    const usage = await Promise.all(
      clients.map(
        async (clientId) => (await studio().get(`/clients/${clientId}/promotions`)).body.redemptions,
      ),
    );

    expect(responses.filter((entry) => entry.response.status === 201)).toHaveLength(5);
    expect(clients.map(redeemedBy).every((count) => count <= 2)).toBe(true);
    expect(
      new Set(
        responses
          .filter((entry) => entry.response.status !== 201)
          .map((entry) => entry.response.body.error.code),
      ),
    ).toEqual(new Set(["PROMOTION.LIMIT_REACHED"]));
    expect(usage.map((redemptions) => redemptions.length)).toEqual(clients.map(redeemedBy));
  });

  it("holds the limit per client and the client groups a promotion is for", async () => {
    const clientId = await newClient("Hanna");
    const group = (await studio().post("/client-groups", { name: "Students", colour: "#123456" })).body;
    await newPromotion({ code: "STUDENT", limitPerClient: 1, clientGroupIds: [group.id] });

    const outsider = await studio().post(`/clients/${clientId}/redemptions`, { code: "STUDENT" });
    await studio().put(`/client-groups/${group.id}/members/${clientId}`);
    const before = await studio().get(`/clients/${clientId}/promotions`);
    const first = await studio().post(`/clients/${clientId}/redemptions`, { code: "STUDENT" });
    const second = await studio().post(`/clients/${clientId}/redemptions`, { code: "STUDENT" });
    const after = await studio().get(`/clients/${clientId}/promotions`);

    expect(outsider.body.error.code).toBe("PROMOTION.NOT_APPLICABLE");
    expect(before.body.active).toContainEqual({
      promotion: expect.objectContaining({ code: "STUDENT" }),
      remaining: 1,
    });
    expect(first.status).toBe(201);
    expect(second.body.error.code).toBe("PROMOTION.LIMIT_REACHED");
    expect(
      after.body.active.map((entry: { promotion: { code: string } }) => entry.promotion.code),
    ).not.toContain("STUDENT");
    expect((await studio().get(`/clients/${clientId}/card`)).body.promotions).not.toContainEqual(
      expect.objectContaining({ promotion: expect.objectContaining({ code: "STUDENT" }) }),
    );
    expect(after.body.redemptions).toEqual([
      expect.objectContaining({ code: "STUDENT", appointmentId: null }),
    ]);
  });

  it("lowers a booking's price once, in the same write as the redemption", async () => {
    const clientId = await newClient("Marta");
    await newPromotion({ code: "CUT20", categoryIds: ["hair"] });
    const manicure = await studio().post("/services", {
      categoryId: "hair",
      name: "Manicure",
      durationMinutes: 30,
      price: 2000,
    });
    await newPromotion({ code: "NAILS", serviceIds: [manicure.body.id] });
    const booked = await studio().post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-12-03T09:00:00Z",
    });

    const notCovered = await studio().post(`/clients/${clientId}/redemptions`, {
      code: "NAILS",
      appointmentId: booked.body.id,
    });
    const redeemed = await studio().post(`/clients/${clientId}/redemptions`, {
      code: "cut20",
      appointmentId: booked.body.id,
    });
    const twice = await studio().post(`/clients/${clientId}/redemptions`, {
      code: "AUTUMN26",
      appointmentId: booked.body.id,
    });
    const appointment = await studio().get(`/appointments/${booked.body.id}`);

    expect(notCovered.body.error.code).toBe("PROMOTION.NOT_APPLICABLE");
    expect(redeemed.body).toMatchObject({
      appointmentId: booked.body.id,
      discountAmount: booked.body.price * 0.2,
    });
    expect(twice.body.error.code).toBe("PROMOTION.NOT_APPLICABLE");
    expect(appointment.body.price).toBe(booked.body.price * 0.8);
  });
});
