import type { Server } from "node:http";
import { Validator } from "@seriousme/openapi-schema-validator";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dynamoDbStudioRepository } from "../../functions/adapters/dynamodb/studio-repository";
import { ROLE_CLAIM, STUDIO_CLAIM } from "../../functions/http/admin-routes";
import { openApiDocument } from "../../functions/http/openapi/openapi-document";
import { freePort } from "../../functions/local/dynamodb-local";
import { signLocalToken } from "../../functions/local/local-auth";
import type { LocalScheduler } from "../../functions/local/local-scheduler";
import { startLocalServer } from "../../functions/local/local-server";
import { readEnvironment } from "../../functions/shared/environment";
import { paymentSimulatorOf } from "../../functions/shared/payments-container";
import { aCheckoutRequest } from "../fakes/checkout-request-builder";
import { aStudio } from "../support/api-harness";
import { createTestTable } from "../support/test-table";

const SECRET = "local-secret-for-this-test-only-0123456789";
const OWNER_OF_A = {
  id: "owner-a",
  studioId: "studio-a",
  role: "owner",
  email: "owner@studio-a.example",
} as const;

describe("the local server: the API gateway of npm start", () => {
  const scheduleRuns: string[] = [];
  const scheduler: LocalScheduler = {
    runNow: async (name) => {
      scheduleRuns.push(name);
      return { ran: name };
    },
    stop: async () => undefined,
  };
  let server: Server;
  let url: string;
  const call = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: {
        "content-type": "application/json",
        ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
      },
    });

  beforeAll(async () => {
    const table = await createTestTable();
    await dynamoDbStudioRepository(table.ctx).open({
      studio: aStudio("studio-a"),
      categories: [],
      owner: null,
    });
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      APP_SECRET: "a-local-server-test-secret-0123456789abcdef",
      // The clients function signs the gallery's URLs; these tests sign none, so no bucket is created.
      PHOTO_BUCKET: "rebook-photos-unused",
      S3_ENDPOINT: inject("s3Endpoint"),
      PAYMENT_SIMULATOR_SECRET: "whsec_local_server_test_simulator",
    });
    const port = await freePort();
    server = await startLocalServer({ port, tokenSecret: SECRET, scheduler });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("creates and reads a client with a valid staff token, through the Lambda handlers", async () => {
    const token = await signLocalToken(OWNER_OF_A, SECRET);

    const created = await call("/clients", {
      method: "POST",
      token,
      body: JSON.stringify({ firstName: "Noor", lastName: "de Jong", phone: "06 12345678" }),
    });
    const id = ((await created.json()) as { id: string }).id;
    const read = await call(`/clients/${id}`, { token });

    expect(created.status).toBe(201);
    expect(await read.json()).toMatchObject({
      lastName: "de Jong",
      phone: "+49612345678",
    });
  });

  it("refuses a missing token, a token signed with another secret and a tampered token with 401", async () => {
    const foreign = await signLocalToken(OWNER_OF_A, `${SECRET}-other`);
    const genuine = await signLocalToken(OWNER_OF_A, SECRET);
    const [header, payload, signature] = genuine.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const tampered = [
      header,
      Buffer.from(JSON.stringify({ ...claims, [STUDIO_CLAIM]: "studio-b", [ROLE_CLAIM]: "owner" })).toString(
        "base64url",
      ),
      signature,
    ].join(".");

    const statuses = await Promise.all(
      [undefined, foreign, tampered].map(async (token) => (await call("/clients", { token })).status),
    );

    expect(statuses).toEqual([401, 401, 401]);
  });

  it("refuses a token without an expiry with 401", async () => {
    const endless = await new SignJWT({ [STUDIO_CLAIM]: "studio-a", [ROLE_CLAIM]: "owner" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("rebook-local")
      .setAudience("rebook-console")
      .setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));

    const response = await call("/clients", { token: endless });

    expect(response.status).toBe(401);
  });

  it("moves the clock every handler runs on, for playing scenarios forward", async () => {
    const token = await signLocalToken(OWNER_OF_A, SECRET);

    const moved = await call("/_local/clock", {
      method: "PUT",
      body: JSON.stringify({ now: "2027-03-28T09:00:00Z" }),
    });
    const created = await call("/clients", {
      method: "POST",
      token,
      body: JSON.stringify({ firstName: "Tijd", lastName: "Reiziger" }),
    });
    const refused = await call("/_local/clock", { method: "PUT", body: JSON.stringify({ now: "tomorrow" }) });
    await call("/_local/clock", { method: "PUT", body: JSON.stringify({ now: new Date().toISOString() }) });

    expect(moved.status).toBe(200);
    expect(((await created.json()) as { createdAt: string }).createdAt.slice(0, 16)).toBe("2027-03-28T09:00");
    expect(refused.status).toBe(400);
  });

  it("runs a local schedule on demand, and only a known one", async () => {
    const scan = await call("/_local/schedules/overdue-scan", { method: "POST" });
    const unknown = await call("/_local/schedules/nothing", { method: "POST" });

    expect(await scan.json()).toEqual({ schedule: "overdue-scan", result: { ran: "overdue-scan" } });
    expect(scheduleRuns).toEqual(["overdue-scan"]);
    expect(unknown.status).toBe(404);
  });

  it("serves an API reference at /docs whose page loads only the local stack's own files", async () => {
    const page = await call("/docs");
    const html = await page.text();
    const references = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    const assets = await Promise.all(references.map((reference) => call(reference)));

    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toMatch(/^default-src 'self';/);
    expect(references).toEqual([
      "/docs/swagger-ui.css",
      "/docs/swagger-ui-bundle.js",
      "/docs/initializer.js",
    ]);
    expect(assets.map((asset) => asset.status)).toEqual([200, 200, 200]);
    expect(assets.map((asset) => asset.headers.get("content-type")?.split(";")[0])).toEqual([
      "text/css",
      "text/javascript",
      "text/javascript",
    ]);
    expect(await assets[2]!.text()).toContain('url: "/openapi.json"');
    expect((await call("/docs/package.json")).status).toBe(404);
  });

  it("serves the OpenAPI document, valid and naming itself as the local server, and answers 404 for unknown routes", async () => {
    const openApi = await call("/openapi.json");
    const unknown = await call("/nothing-here");

    const served = (await openApi.json()) as ReturnType<typeof openApiDocument>;
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument({ localUrl: url }))));
    expect((await new Validator().validate(served)).valid).toBe(true);
    expect(unknown.status).toBe(404);
  });

  it("opens a studio as the platform operator would, and the owner works it end to end", async () => {
    const opened = await call("/_local/studios", {
      method: "POST",
      body: JSON.stringify({
        name: "Inkt & IJzer",
        handle: "Inkt-en-IJzer",
        kind: "barber",
        timeZone: "europe/amsterdam",
        locale: "nl-NL",
        currency: "EUR",
        settings: { defaultCountry: "NL" },
        owner: { email: "Eigenaar@Inkt.example", name: "Sanne Visser" },
      }),
    });
    const { studio, owner, token } = (await opened.json()) as {
      studio: {
        id: string;
        handle: string;
        timeZone: string;
        settings: { messaging: { sendWindows: unknown[] } };
      };
      owner: { email: string; role: string };
      token: string;
    };
    const asOwner = (path: string, body?: unknown) =>
      call(path, body === undefined ? { token } : { method: "POST", token, body: JSON.stringify(body) });
    const categories = (await (await asOwner("/categories")).json()) as {
      items: { id: string; name: string }[];
    };
    const service = (await (
      await asOwner("/services", { categoryId: "haircut", name: "Knippen", durationMinutes: 30, price: 3000 })
    ).json()) as { id: string };
    const staff = (await (await asOwner("/staff", { name: "Daan" })).json()) as { id: string };
    const client = (await (
      await asOwner("/clients", { firstName: "Noor", lastName: "Bakker", phone: "06 12345678" })
    ).json()) as { id: string; phone: string };
    const booking = await asOwner("/appointments", {
      clientId: client.id,
      serviceId: service.id,
      staffId: staff.id,
      startsAt: "2027-02-02T10:00:00Z",
    });
    const reconnect = (await (await asOwner("/reconnect/categories")).json()) as {
      items: { categoryId: string; name: string; overdueCount: number }[];
    };

    expect(opened.status).toBe(201);
    expect(studio).toMatchObject({ handle: "inkt-en-ijzer", timeZone: "Europe/Amsterdam" });
    expect(studio.settings.messaging.sendWindows).not.toEqual([]);
    expect(owner).toMatchObject({ email: "eigenaar@inkt.example", role: "owner" });
    expect(categories.items.map((category) => [category.id, category.name])).toEqual([
      ["beard", "Baard"],
      ["haircut", "Knippen"],
    ]);
    expect(client.phone).toBe("+31612345678");
    expect(booking.status).toBe(201);
    expect(reconnect.items).toEqual([
      { categoryId: "beard", name: "Baard", overdueCount: 0 },
      { categoryId: "haircut", name: "Knippen", overdueCount: 0 },
    ]);
  });

  it("refuses a second studio with a taken handle, naming the field, and signs a known account in", async () => {
    const application = {
      name: "Studio Zwei",
      handle: "zwei",
      kind: "salon",
      timeZone: "Europe/Berlin",
      locale: "de-DE",
      currency: "EUR",
      settings: { defaultCountry: "DE" },
      owner: { email: "zwei@studio.example", name: "Jana" },
    };
    const first = await call("/_local/studios", { method: "POST", body: JSON.stringify(application) });
    const again = await call("/_local/studios", { method: "POST", body: JSON.stringify(application) });
    const taken = await call("/_local/studios", {
      method: "POST",
      body: JSON.stringify({ ...application, owner: { email: "other@studio.example", name: "Mia" } }),
    });
    const signedIn = await call("/_local/sign-in", {
      method: "POST",
      body: JSON.stringify({ email: "ZWEI@studio.example" }),
    });
    const unknown = await call("/_local/sign-in", {
      method: "POST",
      body: JSON.stringify({ email: "nobody@studio.example" }),
    });
    const { token } = (await signedIn.json()) as { token: string };
    const studio = (await (await call("/studio", { token })).json()) as { handle: string };

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { studio: { id: string } }).studio.id).toBe(
      ((await first.json()) as { studio: { id: string } }).studio.id,
    );
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({
      error: { code: "STUDIO.HANDLE_TAKEN", fields: [{ field: "handle" }] },
    });
    expect(studio.handle).toBe("zwei");
    expect(unknown.status).toBe(404);
  });

  it("serves the payment simulator's pages, whose Pay delivers a signed event to its own webhook", async () => {
    const checkout = await paymentSimulatorOf(readEnvironment()).startCheckout(
      aCheckoutRequest({
        idempotencyKey: "local-server-checkout",
        studioId: "studio-a",
        appointmentId: "no-such-appointment",
        amount: 2500,
        returnUrl: `${url}/b/some-token`,
        openUntil: "2099-01-01T00:00:00.000Z",
      }),
    );

    const path = new URL(checkout.url).pathname;

    const page = await call(path);
    const paid = await fetch(`${url}${path}?action=pay`, { method: "POST", redirect: "manual" });
    const forged = await call(`${path.slice(0, -2)}xx`);
    const unsigned = await call("/payments/stripe", { method: "POST", body: '{"id":"evt_1"}' });

    expect(page.status).toBe(200);
    expect(await page.text()).toContain("€25.00");
    // A 303 says the webhook took the event: the page answers 502 when it does not.
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`${url}/b/some-token`);
    expect(forged.status).toBe(404);
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ error: { code: "PAYMENT.SIGNATURE_INVALID" } });
  });
});
