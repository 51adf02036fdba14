import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { parsePhoneNumber } from "libphonenumber-js/max";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_STUDIO_ID } from "../../functions/local/local-data";
import { seedDemoStudio } from "../../functions/local/seed/demo-studio";
import { type ApiHarness, createApiHarness } from "../support/api-harness";

const NOW = "2026-11-23T10:00:00.000Z";

describe("the demo studio seed", () => {
  let api: ApiHarness;
  let items: Record<string, unknown>[];

  beforeAll(async () => {
    api = await createApiHarness();
    api.setNow(NOW);
    await seedDemoStudio(api.deps, { clients: 60, now: NOW });
    items = (await api.documentClient.send(new ScanCommand({ TableName: api.tableName }))).Items ?? [];
  });

  it("writes clients with E.164 phone numbers", () => {
    const clients = items.filter((item) => item.entity === "client");

    expect(clients).toHaveLength(60);
    expect(
      clients
        .filter((client) => client.phone !== null)
        .every((client) => /^\+\d{8,15}$/.test(String(client.phone))),
    ).toBe(true);
  });

  it("gives every client with a phone a valid mobile number", () => {
    const phones = items
      .filter((item) => item.entity === "client" && item.phone !== null)
      .map((client) => ({ phone: String(client.phone), phoneKind: client.phoneKind }));

    const notMobile = phones.filter(({ phone, phoneKind }) => {
      const parsed = parsePhoneNumber(phone);
      return !parsed.isValid() || parsed.getType() !== "MOBILE" || phoneKind !== "mobile";
    });

    expect(phones.length).toBeGreaterThan(40);
    expect(notMobile).toEqual([]);
  });

  it("leaves some clients out of rhythm by now, ready for the overdue scan", () => {
    const due = items.filter(
      (item) => item.entity === "rhythm" && item.dueShard !== undefined && String(item.reviewAt) <= NOW,
    );

    expect(due.length).toBeGreaterThan(3);
  });

  it("has projects in every status", () => {
    const statuses = new Set(
      items.filter((item) => item.entity === "project").map((project) => project.status),
    );

    expect([...statuses].sort()).toEqual(["closed", "completed", "paused", "request", "running"]);
  });

  it("fills every follow-up list, each row's project knowing its sessions", async () => {
    const studio = api.as(DEMO_STUDIO_ID);

    const counts = await studio.get("/follow-up-lists");
    const withoutAppointment = await studio.get("/follow-up-lists/without-appointment");

    expect(Object.values(counts.body).every((count) => Number(count) > 0)).toBe(true);
    expect(
      withoutAppointment.body.items.every(
        (row: { project: { nextAppointmentAt: string | null; sessionsDone: number } }) =>
          row.project.nextAppointmentAt === null && row.project.sessionsDone > 0,
      ),
    ).toBe(true);
  });

  it("gives a client card that the API can read, with history and reliability", async () => {
    const card = await api.as(DEMO_STUDIO_ID).get("/clients/client-0001/card");

    expect(card.status).toBe(200);
    expect(card.body.pastAppointments.length).toBeGreaterThan(0);
    expect(card.body.reliability.colour).not.toBe("neutral");
  });
});
