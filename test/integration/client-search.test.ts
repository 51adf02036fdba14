import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

const STUDIO = "studio-search";

describe("finding clients", () => {
  let api: ApiHarness;
  const studio = () => api.as(STUDIO);
  const namesFound = async (query: string) =>
    ((await studio().get(`/clients?${query}`)).body.items as { firstName: string; lastName: string }[])
      .map((client) => `${client.firstName} ${client.lastName}`)
      .sort();

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    for (const [firstName, lastName, tags] of [
      ["Anna", "Nowak", ["vip"]],
      ["Anna Maria", "Schäfer", []],
      ["Jürgen", "Müller", ["unreliable"]],
      ["Piotr", "Nowak", []],
    ] as const) {
      await studio().post("/clients", { firstName, lastName, tags });
    }
  });

  it("finds a first name, a last name and a full name in either order", async () => {
    // Prepare / Act / Assess
    expect(await namesFound("name=anna")).toEqual(["Anna Maria Schäfer", "Anna Nowak"]);
    expect(await namesFound("name=Nowak")).toEqual(["Anna Nowak", "Piotr Nowak"]);
    expect(await namesFound("name=Anna%20Nowak")).toEqual(["Anna Nowak"]);
    expect(await namesFound("name=nowak%20piotr")).toEqual(["Piotr Nowak"]);
    expect(await namesFound("name=maria")).toEqual(["Anna Maria Schäfer"]);
  });

  it("ignores accents, and finds umlauts typed as ae, oe, ue", async () => {
    // Prepare / Act / Assess
    expect(await namesFound("name=Scha")).toEqual(["Anna Maria Schäfer"]);
    expect(await namesFound("name=Schae")).toEqual(["Anna Maria Schäfer"]);
    expect(await namesFound("name=mueller")).toEqual(["Jürgen Müller"]);
    expect(await namesFound("name=jurgen")).toEqual(["Jürgen Müller"]);
  });

  it("finds clients by tag", async () => {
    // Prepare / Act / Assess
    expect(await namesFound("tag=vip")).toEqual(["Anna Nowak"]);
    expect(await namesFound("tag=unrel")).toEqual(["Jürgen Müller"]);
  });

  it("lists everyone by last name without a search", async () => {
    // Prepare / Act
    const listed = (await studio().get("/clients")).body.items.map(
      (client: { lastName: string }) => client.lastName,
    );

    // Assess
    expect(listed).toEqual(["Müller", "Nowak", "Nowak", "Schäfer"]);
  });

  it("answers 400 to a query parameter the list does not know, naming it", async () => {
    // Prepare / Act
    const response = await studio().get("/clients?nmae=anna");

    // Assess
    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((issue: { field: string }) => issue.field)).toEqual(["nmae"]);
  });
});

describe("one phone number, one email address, one card", () => {
  let api: ApiHarness;
  const studio = () => api.as(STUDIO);

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
  });

  it("answers 409 with the other card's id when the phone or email is taken, unless staff allow it", async () => {
    // Prepare
    const first = await studio().post("/clients", {
      firstName: "Eva",
      lastName: "Kowalska",
      phone: "0151 23456789",
      email: "eva@example.com",
    });

    // Act
    const samePhone = await studio().post("/clients", {
      firstName: "E.",
      lastName: "K.",
      phone: "+4915123456789",
    });
    const sameEmail = await studio().post("/clients", {
      firstName: "E.",
      lastName: "K.",
      email: "EVA@example.com",
    });
    const allowed = await studio().post("/clients", {
      firstName: "Eva",
      lastName: "Kowalska-Sister",
      phone: "+4915123456789",
      allowDuplicate: true,
    });

    // Assess
    expect([samePhone.status, sameEmail.status]).toEqual([409, 409]);
    expect(samePhone.body.error).toMatchObject({ code: "CLIENT.DUPLICATE", clientId: first.body.id });
    expect(samePhone.body.error.fields[0].field).toBe("phone");
    expect(sameEmail.body.error.fields[0].field).toBe("email");
    expect(allowed.status).toBe(201);
  });

  it("refuses a change to a taken number, and frees a number its card gave up", async () => {
    // Prepare
    const ben = await studio().post("/clients", {
      firstName: "Ben",
      lastName: "Berg",
      phone: "0151 11111111",
    });
    const cleo = await studio().post("/clients", {
      firstName: "Cleo",
      lastName: "Berg",
      phone: "0151 22222222",
    });

    // Act
    const taken = await studio().patch(`/clients/${cleo.body.id}`, { phone: "0151 11111111" });
    await studio().patch(`/clients/${ben.body.id}`, { phone: "0151 33333333" });
    const freed = await studio().patch(`/clients/${cleo.body.id}`, { phone: "0151 11111111" });

    // Assess
    expect(taken.status).toBe(409);
    expect(taken.body.error.clientId).toBe(ben.body.id);
    expect(freed.status).toBe(200);
  });

  it("lets exactly one of two cards created at once take a number", async () => {
    // Prepare / Act
    const created = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        studio().post("/clients", { firstName: `Twin${index}`, lastName: "Race", phone: "0151 44444444" }),
      ),
    );

    // Assess
    expect(created.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });
});
