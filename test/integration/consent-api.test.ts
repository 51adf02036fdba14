import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

describe("consent ledger API", () => {
  let api: ApiHarness;
  let clientId: string;
  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await api.addStudio(aStudio("studio-b"));
    clientId = (await api.as("studio-a").post("/clients", { firstName: "Eva", lastName: "Kowalska" })).body
      .id;
  });

  it("records consent given and withdrawn, keeps both, and the latest decides", async () => {
    const studio = api.as("studio-a");
    api.setNow("2026-11-23T10:00:00.000Z");
    const given = await studio.post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: true,
      source: "paper_form",
      evidence: { text: "Yes, send me news by email", ipAddress: null, userAgent: null },
    });
    api.setNow("2026-11-24T10:00:00.000Z");
    await studio.post(`/clients/${clientId}/consents`, {
      channel: "sms",
      purpose: "marketing",
      granted: true,
      source: "booking_form",
      evidence: { text: "SMS news", ipAddress: "203.0.113.7", userAgent: "Firefox" },
    });
    api.setNow("2026-11-25T10:00:00.000Z");
    await studio.post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: false,
      source: "staff",
    });

    const history = await studio.get(`/clients/${clientId}/consents`);

    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      clientId,
      channel: "email",
      granted: true,
      at: "2026-11-23T10:00:00.000Z",
    });
    expect(history.body.entries.map((entry: { granted: boolean }) => entry.granted)).toEqual([
      true,
      true,
      false,
    ]);
    expect(history.body.current.email.marketing).toEqual({
      granted: false,
      since: "2026-11-25T10:00:00.000Z",
      source: "staff",
    });
    expect(history.body.current.sms.marketing.granted).toBe(true);
  });

  it("shows the current consent on the client card and the ledger in the export", async () => {
    const studio = api.as("studio-a");

    const card = await studio.get(`/clients/${clientId}/card`);
    const exported = await studio.get(`/clients/${clientId}/export`);

    expect(card.body.consent.sms.marketing.granted).toBe(true);
    expect(card.body.consent.email.marketing.granted).toBe(false);
    expect(exported.body.consents).toHaveLength(3);
  });

  it("refuses a source only Rebook records itself", async () => {
    const response = await api.as("studio-a").post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: false,
      source: "unsubscribe_link",
    });

    expect(response.status).toBe(400);
  });

  it("answers 404 for another studio's client and writes nothing", async () => {
    const before = await api.as("studio-a").get(`/clients/${clientId}/consents`);

    const read = await api.as("studio-b").get(`/clients/${clientId}/consents`);
    const write = await api.as("studio-b").post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: true,
      source: "staff",
    });

    expect([read.status, write.status]).toEqual([404, 404]);
    expect((await api.as("studio-a").get(`/clients/${clientId}/consents`)).body).toEqual(before.body);
  });

  it("keeps the ledger on erasure but blanks IP address and user agent", async () => {
    const studio = api.as("studio-a");

    await studio.delete(`/clients/${clientId}`);
    const entries = await api.deps.consents.entries("studio-a", clientId);

    expect(entries).toHaveLength(3);
    expect(entries[1]).toMatchObject({
      source: "booking_form",
      evidence: { text: "SMS news", ipAddress: null, userAgent: null },
    });
  });
});
