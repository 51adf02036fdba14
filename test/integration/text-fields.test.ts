import { beforeAll, describe, expect, it } from "vitest";
import type { AdminRouteKey } from "../../functions/http/admin-routes";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { addFurnishedStudio, type StudioIds, validBodies } from "../support/studio-fixture";

const fillPath = (routeKey: string, ids: StudioIds): string =>
  routeKey.split(" ")[1]!.replace(/\{(\w+)\}/g, (_, name: keyof StudioIds) => ids[name]);

/** A valid body with one free-text field set to what no person could have typed, and the field named. */
const cases: [AdminRouteKey, Record<string, unknown>, string][] = [
  ["POST /clients", { firstName: "\u200B\u200C\u200D" }, "firstName"],
  ["POST /clients", { lastName: "Bakker\u202Eexe.gpj" }, "lastName"],
  ["POST /clients", { notes: "latex\u0000allergy" }, "notes"],
  ["POST /clients", { address: { city: "Ber\r\nlin" } }, "address.city"],
  ["POST /clients", { tags: ["vip", "\u2066late\u2069"] }, "tags.1"],
  ["POST /clients", { referralSource: "insta\uD800" }, "referralSource"],
  ["PATCH /clients/{clientId}", { firstName: "\u2060\uFEFF" }, "firstName"],
  ["PATCH /clients/{clientId}", { address: { street: "Hauptstr.\u001B[2J 1" } }, "address.street"],
  [
    "POST /clients/{clientId}/consents",
    { evidence: { text: "Yes\u0007", ipAddress: null, userAgent: null } },
    "evidence.text",
  ],
  [
    "POST /clients/{clientId}/consents",
    { evidence: { text: null, ipAddress: null, userAgent: "Mozilla/5.0\r\nX-Injected: 1" } },
    "evidence.userAgent",
  ],
  ["PATCH /studio", { name: "\u200D" }, "name"],
  ["POST /categories", { name: "Colour\u0085" }, "name"],
  ["POST /services", { name: "Fade\uFFFE" }, "name"],
  ["POST /staff", { name: "\u202BOla" }, "name"],
  ["POST /appointments", { notes: "bring\u0000photo" }, "notes"],
  ["PUT /appointments/{appointmentId}/status", { status: "no_show", reason: "no\nanswer" }, "reason"],
  ["POST /projects", { title: "Dragon\u2067" }, "title"],
  ["PATCH /projects/{projectId}", { notes: "\u200B" }, "notes"],
  ["PUT /templates/{purpose}/{channel}", { subject: "Neu\r\nBcc: all@example.com" }, "subject"],
  ["PUT /templates/{purpose}/{channel}", { body: "Hallo\u0000{{unsubscribeLink}}" }, "body"],
  ["POST /templates/preview", { body: "\u202EHallo {{unsubscribeLink}}" }, "body"],
  [
    "POST /messages/send-requests",
    { values: { appointmentTime: "Tue\u001B 10:00" } },
    "values.appointmentTime",
  ],
];

describe("free-text fields take only what a person could have typed", () => {
  let api: ApiHarness;
  let ids: StudioIds;

  beforeAll(async () => {
    api = await createApiHarness();
    ids = await addFurnishedStudio(api, "studio-a");
  });

  it.each(cases)("%s refuses %j with 400 naming %s", async (routeKey, fields, field) => {
    const [method] = routeKey.split(" ") as [string];
    const body = { ...(validBodies(ids)[routeKey] as object), ...fields };

    const response = await api.request({ studioId: "studio-a" }, method, fillPath(routeKey, ids), body);

    expect(response.status).toBe(400);
    const named = response.body.error.fields.map((issue: { field: string }) => issue.field);
    expect([...new Set(named)]).toEqual([field]);
  });

  it("stores multi-line text with LF line breaks and names NFC-normalised", async () => {
    const studio = api.as("studio-a");

    const changed = await studio.patch(`/clients/${ids.clientId}`, {
      firstName: " Zoe\u0308 ",
      notes: "latex allergy\r\ncolour 7.1",
    });

    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ firstName: "Zoë", notes: "latex allergy\ncolour 7.1" });
  });
});
