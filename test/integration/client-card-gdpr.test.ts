import { beforeAll, describe, expect, it } from "vitest";
import { anAppointment } from "../fakes/appointment-builder";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";
import { countUsage } from "../support/count-usage";

describe("client card and GDPR", () => {
  let api: ApiHarness;
  let clientId: string;
  let projectId: string;
  const studio = () => api.as("studio-a");

  const visit = async (startsAt: string, status: Record<string, unknown>) => {
    const booked = await studio().post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId: "lena",
      startsAt,
      notes: "likes it short",
    });
    if (status.status !== "booked") await studio().put(`/appointments/${booked.body.id}/status`, status);
  };

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    api.setNow("2026-11-23T10:00:00.000Z");
    clientId = (
      await studio().post("/clients", {
        firstName: "Maarten",
        lastName: "van der Berg",
        email: "maarten@example.nl",
        phone: "+31 6 12345678",
        notes: "allergic to PPD",
      })
    ).body.id;
    await visit("2026-08-03T08:00:00Z", { status: "attended" });
    await visit("2026-09-07T08:00:00Z", { status: "attended" });
    await visit("2026-10-05T08:00:00Z", { status: "no_show", reason: "forgot" });
    await visit("2026-10-12T08:00:00Z", { status: "cancelled", late: true });
    await visit("2026-11-02T08:00:00Z", { status: "attended" });
    await visit("2026-12-07T08:00:00Z", { status: "booked" });
    projectId = (await studio().post("/projects", { clientId, title: "Maarten's koi", notes: "left arm" }))
      .body.id;
  });

  it("derives statistics and reliability that agree with the appointments", async () => {
    const card = await studio().get(`/clients/${clientId}/card`);

    expect(card.status).toBe(200);
    expect(card.body.upcomingAppointments).toHaveLength(1);
    expect(card.body.pastAppointments).toHaveLength(5);
    expect(card.body.upcomingAppointments[0].staffName).toBe("Lena");
    expect(card.body.statistics).toMatchObject({ attendedVisits: 3, averageSpend: 4500, totalSpend: 13500 });
    expect(card.body.reliability).toEqual({
      attended: 3,
      noShows: 1,
      lateCancellations: 1,
      // Each event weighs 0.5^(age in days / 180) at the card's "now", 23 November 2026.
      score: (() => {
        const weight = (startsAt: string) =>
          0.5 ** ((Date.parse("2026-11-23T10:00:00.000Z") - Date.parse(startsAt)) / 86_400_000 / 180);
        const attended =
          weight("2026-08-03T08:00:00Z") + weight("2026-09-07T08:00:00Z") + weight("2026-11-02T08:00:00Z");
        const missed = weight("2026-10-05T08:00:00Z") + 0.5 * weight("2026-10-12T08:00:00Z");
        return Math.round((100 * attended) / (attended + missed));
      })(),
      colour: "orange",
    });
  });

  it("shows weight and height, with why they are kept, to owners and managers only", async () => {
    await studio().put(`/clients/${clientId}/measurements`, {
      weightKg: 82.5,
      heightCm: 184,
      purpose: "dosage of the laser treatment",
    });

    const cards = await Promise.all(
      (["owner", "manager", "staff"] as const).map((role) =>
        api.as("studio-a", role).get(`/clients/${clientId}/card`),
      ),
    );
    const staffRead = await api.as("studio-a", "staff").get(`/clients/${clientId}/measurements`);

    const expected = { weightKg: 82.5, heightCm: 184, purpose: "dosage of the laser treatment" };
    expect(cards[0]!.body.measurements).toMatchObject(expected);
    expect(cards[1]!.body.measurements).toMatchObject(expected);
    expect(cards[2]!.status).toBe(200);
    expect(cards[2]!.body).not.toHaveProperty("measurements");
    expect(JSON.stringify(cards[2]!.body)).not.toContain("82.5");
    expect(staffRead.status).toBe(403);
  });

  it("keeps the invoice fields and refuses a malformed SDI code naming the field", async () => {
    const saved = await studio().patch(`/clients/${clientId}`, {
      profession: "Architect",
      education: "MSc",
      taxCode: "VNDMRT80A01F205X",
      invoiceCodes: { pec: "maarten@pec.example.it", sdi: "m5uxcr1" },
    });
    const refused = await studio().patch(`/clients/${clientId}`, { invoiceCodes: { sdi: "12" } });

    expect(saved.body).toMatchObject({
      profession: "Architect",
      invoiceCodes: { pec: "maarten@pec.example.it", sdi: "M5UXCR1" },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((issue: { field: string }) => issue.field)).toEqual([
      "invoiceCodes.sdi",
    ]);
  });

  it("exports every piece of the client's data", async () => {
    const exported = await studio().get(`/clients/${clientId}/export`);

    expect(exported.body.client.email).toBe("maarten@example.nl");
    expect(exported.body.appointments).toHaveLength(6);
    expect(exported.body.projects.map((project: { id: string }) => project.id)).toEqual([projectId]);
    expect(exported.body.visitRhythms).toHaveLength(1);
    expect(exported.body.measurements).toMatchObject({ weightKg: 82.5, heightCm: 184 });
  });

  it("erases personal data but keeps the anonymous history and its statistics", async () => {
    const before = await studio().get(`/clients/${clientId}/card`);

    const erased = await studio().delete(`/clients/${clientId}`);
    const after = await studio().get(`/clients/${clientId}/card`);
    const project = await studio().get(`/projects/${projectId}`);
    const byEmail = await studio().get("/clients?email=maarten");
    const byPhone = await studio().get("/clients?phone=%2B316");

    expect(erased.status).toBe(204);
    expect(after.body.client).toMatchObject({
      firstName: "Erased",
      email: null,
      phone: null,
      phoneKind: null,
      notes: "",
      erasedAt: expect.any(String),
    });
    expect(after.body.statistics).toEqual(before.body.statistics);
    expect(after.body.reliability).toEqual(before.body.reliability);
    expect(
      after.body.pastAppointments.every((appointment: { notes: string }) => appointment.notes === ""),
    ).toBe(true);
    expect(project.body).toMatchObject({
      title: "Erased project",
      notes: "",
      status: "closed",
      closeReason: "Client data erased",
    });
    expect(byEmail.body.items).toEqual([]);
    expect(byPhone.body.items).toEqual([]);
    expect(after.body.client).toMatchObject({ profession: null, taxCode: null, invoiceCodes: { pec: null } });
    expect((await studio().get(`/clients/${clientId}/measurements`)).body).toBeNull();
  });

  it("takes no new data for an erased client and erases idempotently", async () => {
    const again = await studio().delete(`/clients/${clientId}`);
    const change = await studio().patch(`/clients/${clientId}`, { notes: "back again" });

    expect(again.status).toBe(204);
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe("CLIENT.ERASED");
  });

  it("lets only the owner erase a client", async () => {
    const other = (await studio().post("/clients", { firstName: "Ola", lastName: "Nowak" })).body.id;

    const response = await api.as("studio-a", "staff").delete(`/clients/${other}`);

    expect(response.status).toBe(403);
  });

  it("erases a long history in transactions of a hundred appointments, and finds projects by the client's key", async () => {
    // Prepare: 130 noted appointments of one client, and projects of another client in the same studio
    const regular = (await studio().post("/clients", { firstName: "Ines", lastName: "Vogt" })).body.id;
    const neighbour = (await studio().post("/clients", { firstName: "Tom", lastName: "Roth" })).body.id;
    await api.deps.appointments.importHistory({
      appointments: Array.from({ length: 130 }, (_, index) =>
        anAppointment({
          studioId: "studio-a",
          clientId: regular,
          startsAt: new Date(Date.parse("2024-01-01T09:00:00Z") + index * 86_400_000).toISOString(),
          notes: "colour 7.1",
        }),
      ),
      staffDays: [],
      rhythms: [],
      histories: [],
    });
    await studio().post("/projects", { clientId: regular, title: "Sleeve" });
    await studio().post("/projects", { clientId: neighbour, title: "Koi" });
    const counter = countUsage(api.documentClient);

    // Act
    const erasure = await counter.measure(() => studio().delete(`/clients/${regular}`));
    const history = await api.deps.appointments.listForClient("studio-a", regular, {
      when: "past",
      now: "2026-11-23T10:00:00.000Z",
      limit: 200,
      cursor: null,
    });
    const projects = await studio().get(`/projects?clientId=${regular}`);
    const neighbours = await studio().get(`/projects?clientId=${neighbour}`);

    // Assess: two transactions of appointments, one of the card; the project's own put; no studio-wide read
    expect(erasure.result.status).toBe(204);
    expect(erasure.usage.byCommand.TransactWriteItemsCommand).toBe(3);
    expect(erasure.usage.byCommand.PutItemCommand).toBe(1);
    expect(history.items).toHaveLength(130);
    expect(history.items.every((appointment) => appointment.notes === "")).toBe(true);
    expect(projects.body.items.map((project: { title: string }) => project.title)).toEqual([
      "Erased project",
    ]);
    expect(neighbours.body.items.map((project: { title: string }) => project.title)).toEqual(["Koi"]);
  });

  it("counts every one of concurrent follow-up contacts on a project", async () => {
    const other = (await studio().post("/clients", { firstName: "Kasia", lastName: "Wójcik" })).body.id;
    const project = (await studio().post("/projects", { clientId: other, title: "Fine line" })).body.id;

    await Promise.all(Array.from({ length: 3 }, () => studio().post(`/projects/${project}/contacts`)));
    const read = await studio().get(`/projects/${project}`);

    expect(read.body.contactCount).toBe(3);
  });
});
