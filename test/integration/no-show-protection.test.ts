import { beforeEach, describe, expect, it } from "vitest";
import type { OutboxMessage } from "../../domain/model/outbox-message";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/** A Monday morning in Berlin; each incident is a week apart unless a test says otherwise. */
const START = "2026-01-05T09:00:00.000Z";
const DAY = 86_400_000;
const at = (days: number, from = START) => new Date(Date.parse(from) + days * DAY).toISOString();

describe("no-show protection: the escalation ladder, bans and blocks", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as("studio-a");
  const messages = async (purpose: string): Promise<OutboxMessage[]> =>
    (await api.deps.outbox.listForClient("studio-a", clientId)).filter(
      (message) => message.templatePurpose === purpose,
    );
  const card = async () => (await studio().get(`/clients/${clientId}/card`)).body;

  /** Books an appointment a week after `day`, lets it start and marks it a no-show; then sends due notices. */
  const missAppointment = async (day: number) => {
    api.setNow(at(day));
    const startsAt = at(day + 7);
    const booked = await studio().post("/appointments", {
      clientId,
      serviceId: "cut",
      staffId: "lena",
      startsAt,
    });
    api.setNow(new Date(Date.parse(startsAt) + 30 * 60_000).toISOString());
    const missed = await studio().put(`/appointments/${booked.body.id}/status`, {
      status: "no_show",
      reason: "did not come",
    });
    expect(missed.status).toBe(200);
    await api.sendNotices();
    return booked.body.id as string;
  };

  beforeEach(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    api.setNow(START);
    clientId = (
      await studio().post("/clients", { firstName: "Eva", lastName: "Kowalska", phone: "+4915123456789" })
    ).body.id;
  });

  it("answers the 1st no-show with the policy, the 2nd with a warning, the 3rd with a 90-day ban, each once", async () => {
    await missAppointment(0);
    await missAppointment(30);
    const third = await missAppointment(60);
    await api.sendNotices();

    expect(await messages("no_show_policy")).toHaveLength(1);
    expect(await messages("no_show_warning")).toHaveLength(1);
    expect(await messages("no_show_ban")).toHaveLength(1);
    const { noShowMeasures } = await card();
    expect(noShowMeasures.measures.map((measure: { kind: string }) => measure.kind)).toEqual([
      "online_ban",
      "warning",
      "policy_notice",
    ]);
    expect(noShowMeasures.bannedOnline).toBe(true);
    expect(noShowMeasures.onlineBan).toMatchObject({ measure: `ladder#${third}` });
    const bannedAt = Date.parse(noShowMeasures.measures[0].at);
    expect(Date.parse(noShowMeasures.onlineBan.until) - bannedAt).toBe(90 * DAY);
  });

  it("lifts the ban on time by itself and tells the client then, not before", async () => {
    await missAppointment(0);
    await missAppointment(30);
    await missAppointment(60);
    const { onlineBan } = (await card()).noShowMeasures;

    api.setNow(new Date(Date.parse(onlineBan.until) - 60_000).toISOString());
    await api.sendNotices();
    const before = await messages("ban_lifted");
    api.setNow(onlineBan.until);
    await api.sendNotices();
    await api.sendNotices();

    expect(before).toHaveLength(0);
    expect(await messages("ban_lifted")).toHaveLength(1);
    expect((await card()).noShowMeasures.bannedOnline).toBe(false);
  });

  it("counts only the last 12 months: an old no-show does not push a new one up the ladder", async () => {
    await missAppointment(0);
    await missAppointment(400);

    expect(await messages("no_show_policy")).toHaveLength(2);
    expect(await messages("no_show_warning")).toHaveLength(0);
  });

  it("undoes the step a corrected no-show caused, its ban and its pending end notice", async () => {
    await missAppointment(0);
    await missAppointment(30);
    const third = await missAppointment(60);

    const corrected = await studio().put(`/appointments/${third}/status`, { status: "attended" });
    const { noShowMeasures } = await card();
    api.setNow(at(200));
    await api.sendNotices();

    expect(corrected.status).toBe(200);
    expect(noShowMeasures.bannedOnline).toBe(false);
    expect(noShowMeasures.onlineBan).toBeNull();
    expect(noShowMeasures.measures[0]).toMatchObject({ kind: "online_ban", undoneAt: expect.any(String) });
    expect(await messages("ban_lifted")).toHaveLength(0);
  });

  it("lets staff ban for good and lift a ban, each with a reason and a notice; a staff member may not", async () => {
    const byStaff = await api.as("studio-a", "staff").put(`/clients/${clientId}/online-ban`, {
      banned: true,
      reason: "abusive on the phone",
    });
    const noReason = await studio().put(`/clients/${clientId}/online-ban`, { banned: true });
    const banned = await studio().put(`/clients/${clientId}/online-ban`, {
      banned: true,
      reason: "abusive on the phone",
    });
    await api.sendNotices();
    api.setNow(at(1));
    const lifted = await studio().put(`/clients/${clientId}/online-ban`, {
      banned: false,
      reason: "apologised",
    });
    await api.sendNotices();

    expect([byStaff.status, noReason.status, banned.status, lifted.status]).toEqual([403, 400, 200, 200]);
    expect(noReason.body.error.fields[0].field).toBe("reason");
    expect(banned.body).toMatchObject({ bannedOnline: true, onlineBan: { until: null } });
    expect(lifted.body.bannedOnline).toBe(false);
    expect(
      lifted.body.measures.map((measure: { kind: string; reason: string }) => [measure.kind, measure.reason]),
    ).toEqual([
      ["ban_lifted", "apologised"],
      ["permanent_ban", "abusive on the phone"],
    ]);
    expect(await messages("no_show_ban")).toHaveLength(1);
    expect(await messages("ban_lifted")).toHaveLength(1);
  });

  it("tells the end of a ladder ban only once: staff lifting it early leaves no second notice at its old end", async () => {
    await missAppointment(0);
    await missAppointment(30);
    await missAppointment(60);
    const { onlineBan } = (await card()).noShowMeasures;

    const lifted = await studio().put(`/clients/${clientId}/online-ban`, {
      banned: false,
      reason: "paid the fee",
    });
    api.setNow(onlineBan.until);
    await api.sendNotices();

    expect(lifted.body.bannedOnline).toBe(false);
    expect(await messages("ban_lifted")).toHaveLength(1);
  });

  it("blocks a phone, an address and a tag; the card of anyone they match shows why", async () => {
    const phone = await studio().put("/blocks", {
      kind: "phone",
      value: "0151 23456789",
      reason: "chargebacks",
    });
    const tag = await studio().put("/blocks", { kind: "tag", value: "VIP-Trouble", reason: "see notes" });
    const bad = await studio().put("/blocks", { kind: "email", value: "not an address", reason: "x" });
    const other = (
      await studio().post("/clients", {
        firstName: "E.",
        lastName: "K.",
        email: "new@example.com",
        phone: "+49 151 23456789",
        allowDuplicate: true,
      })
    ).body.id;

    const otherCard = (await studio().get(`/clients/${other}/card`)).body;
    const list = await studio().get("/blocks");
    const lifted = await studio().delete("/blocks/phone/%2B4915123456789");
    const again = await studio().delete("/blocks/phone/%2B4915123456789");

    expect([phone.status, tag.status, bad.status]).toEqual([200, 200, 400]);
    expect(phone.body.value).toBe("+4915123456789");
    expect(tag.body.value).toBe("vip-trouble");
    expect(bad.body.error.fields[0].field).toBe("value");
    expect(otherCard.blocks).toEqual([expect.objectContaining({ kind: "phone", reason: "chargebacks" })]);
    expect(list.body.items).toHaveLength(2);
    expect([lifted.status, again.status]).toEqual([204, 404]);
  });
});
