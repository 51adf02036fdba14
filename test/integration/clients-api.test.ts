import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

describe("clients API", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
  });

  it("creates a client with the phone number in E.164 and reads it back", async () => {
    const studio = api.as("studio-a");

    const created = await studio.post("/clients", {
      firstName: "Jürgen",
      lastName: "Müller",
      email: "Juergen@Example.de",
      phone: "0151 2345 6789",
    });
    const read = await studio.get(`/clients/${created.body.id}`);

    expect(created.status).toBe(201);
    expect(read.body).toMatchObject({
      firstName: "Jürgen",
      phone: "+4915123456789",
      email: "juergen@example.de",
    });
  });

  it("refuses an invalid phone number with 400 naming the field, and stores nothing", async () => {
    const studio = api.as("studio-a");
    const before = await studio.get("/clients?name=Nowak");

    const response = await studio.post("/clients", { firstName: "Anna", lastName: "Nowak", phone: "12" });
    const after = await studio.get("/clients?name=Nowak");

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ field: "phone" })]);
    expect(after.body.items).toEqual(before.body.items);
  });

  it("stores full-width digits as the number they show, and refuses a number too short to be valid", async () => {
    const studio = api.as("studio-a");

    const fullWidth = await studio.post("/clients", {
      firstName: "Hana",
      lastName: "Sato",
      phone: "＋４９ １５１ ２３４５６７８９",
      allowDuplicate: true,
    });
    const tooShort = await studio.post("/clients", { firstName: "Kurt", lastName: "Kurz", phone: "12345" });

    expect(fullWidth.status).toBe(201);
    expect(fullWidth.body.phone).toBe("+4915123456789");
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.fields).toEqual([expect.objectContaining({ field: "phone" })]);
  });

  it("derives whether the phone takes SMS whenever the phone is written", async () => {
    const studio = api.as("studio-a");
    const landline = await studio.post("/clients", {
      firstName: "Berta",
      lastName: "Fest",
      phone: "030 12345678",
    });
    const withoutPhone = await studio.post("/clients", { firstName: "Otto", lastName: "Ohne" });

    const mobile = await studio.patch(`/clients/${landline.body.id}`, {
      phone: "0151 2345 6789",
      allowDuplicate: true,
    });
    const removed = await studio.patch(`/clients/${landline.body.id}`, { phone: null });

    expect(landline.body).toMatchObject({ phone: "+493012345678", phoneKind: "other" });
    expect(withoutPhone.body).toMatchObject({ phone: null, phoneKind: null });
    expect(mobile.body).toMatchObject({ phone: "+4915123456789", phoneKind: "mobile" });
    expect(removed.body).toMatchObject({ phone: null, phoneKind: null });
  });

  it("refuses a birthday in the future or before 1900 and a client-since date in the future", async () => {
    const studio = api.as("studio-a");
    const existing = await studio.post("/clients", { firstName: "Dana", lastName: "Datum" });

    const unborn = await studio.post("/clients", {
      firstName: "Uwe",
      lastName: "Ungeboren",
      birthday: "2026-11-24",
    });
    const ancient = await studio.patch(`/clients/${existing.body.id}`, { birthday: "1899-12-31" });
    const tomorrow = await studio.patch(`/clients/${existing.body.id}`, { clientSince: "2026-11-24" });
    const plausible = await studio.patch(`/clients/${existing.body.id}`, {
      birthday: "1990-05-17",
      clientSince: "2026-11-23",
    });

    expect([unborn.status, ancient.status, tomorrow.status]).toEqual([400, 400, 400]);
    expect(unborn.body.error.fields).toEqual([expect.objectContaining({ field: "birthday" })]);
    expect(ancient.body.error.fields).toEqual([expect.objectContaining({ field: "birthday" })]);
    expect(tomorrow.body.error.fields).toEqual([expect.objectContaining({ field: "clientSince" })]);
    expect(plausible.body).toMatchObject({ birthday: "1990-05-17", clientSince: "2026-11-23" });
  });

  it("finds clients by last-name prefix without diacritics, by phone typed nationally, and by email", async () => {
    const studio = api.as("studio-a");
    await studio.post("/clients", { firstName: "Zofia", lastName: "Łukasiewicz", phone: "+48 601 234 567" });
    await studio.post("/clients", { firstName: "Sanne", lastName: "de Vries", email: "sanne@example.nl" });

    const byName = await studio.get("/clients?name=lukas");
    const byPhone = await studio.get("/clients?phone=%2B48601");
    const byEmail = await studio.get("/clients?email=SANNE@");

    expect(byName.body.items.map((client: { lastName: string }) => client.lastName)).toEqual(["Łukasiewicz"]);
    expect(byPhone.body.items.map((client: { firstName: string }) => client.firstName)).toEqual(["Zofia"]);
    expect(byEmail.body.items.map((client: { firstName: string }) => client.firstName)).toEqual(["Sanne"]);
  });

  it("pages through the client list with a cursor", async () => {
    const studio = api.as("studio-a");

    const first = await studio.get("/clients?limit=2");
    const second = await studio.get(`/clients?limit=2&cursor=${first.body.nextCursor}`);

    expect(first.body.items).toHaveLength(2);
    expect(second.body.items.length).toBeGreaterThan(0);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});
