import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessageId } from "../../domain/model/outbox-message";
import { scanOverdueClients } from "../../domain/reconnect/scan-overdue-clients";
import { sendReconnectFollowUps } from "../../domain/reconnect/send-follow-ups";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const STUDIO = "studio-a";
const OTHER_STUDIO = "studio-b";
/** Every four weeks, each client at their own hour: due 2026-04-06 (28 days + 7 grace). */
const visits = (hour: number) =>
  ["2026-01-05", "2026-02-02", "2026-03-02"].map((day) => `${day}T${String(hour).padStart(2, "0")}:00:00Z`);

const smsConsent = (granted: boolean) => ({
  channel: "sms",
  purpose: "marketing",
  granted,
  source: "paper_form",
  evidence: { text: "News by SMS", ipAddress: null, userAgent: null },
});

describe("ReConnect end to end: scan → first message → follow-up → reconnected with revenue", () => {
  let api: ApiHarness;
  const ids: Record<"eva" | "ida" | "max" | "uma" | "noa", string> = {
    eva: "",
    ida: "",
    max: "",
    uma: "",
    noa: "",
  };
  const studio = () => api.as(STUDIO);
  const tab = async (name: string) => {
    const answer = await studio().get(`/reconnect/categories/hair/clients?tab=${name}`);
    if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
    return answer.body.items as {
      clientId: string;
      status: string;
      statusText: string;
      reasons: string[];
      revenue: number;
    }[];
  };
  const tabIds = async (name: string) => (await tab(name)).map((row) => row.clientId).sort();
  const sorted = (...names: (keyof typeof ids)[]) => names.map((name) => ids[name]).sort();
  const message = (requestId: string, clientId: string) =>
    api.deps.outbox.get(STUDIO, outboxMessageId(STUDIO, requestId, clientId, "sms"));
  const book = (clientId: string, startsAt: string) =>
    studio().post("/appointments", { clientId, serviceId: "cut", staffId: "lena", startsAt });

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio(STUDIO));
    await api.addStudio(aStudio(OTHER_STUDIO));
    await addCatalog(api.deps, STUDIO);
    await addCatalog(api.deps, OTHER_STUDIO, "-b");
    api.setNow("2026-03-02T12:00:00.000Z");
    const phones = {
      eva: "+4915110000001",
      ida: "+4915110000002",
      max: "+4915110000003",
      uma: "+4915110000004",
    };
    for (const [index, name] of (Object.keys(ids) as (keyof typeof ids)[]).entries()) {
      const phone = name === "noa" ? undefined : phones[name];
      ids[name] = (await studio().post("/clients", { firstName: name, lastName: "Test", phone })).body.id;
      if (name !== "noa") await studio().post(`/clients/${ids[name]}/consents`, smsConsent(true));
      for (const startsAt of visits(8 + index)) {
        const booked = await book(ids[name], startsAt);
        expect(booked.status).toBe(201);
        await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });
      }
    }
    api.setNow("2026-03-20T12:00:00.000Z");
    await studio().post(`/clients/${ids.uma}/consents`, { ...smsConsent(false), source: "staff" });
    api.setNow("2026-04-10T08:00:00.000Z");
    await scanOverdueClients(api.deps)();
  });

  it("has default settings, which only the owner may change", async () => {
    // Act
    const defaults = await studio().get("/reconnect/settings");
    const byStaff = await api.as(STUDIO, "staff").put("/reconnect/settings", defaults.body);

    // Assess
    expect(defaults.body).toEqual({
      followUpDelayDays: 14,
      channelPolicy: "sms_else_email",
      automaticFirstSend: false,
      reconnectionWindowDays: 90,
    });
    expect(byStaff.status).toBe(403);
  });

  it("sorts overdue clients into reachable and unreachable, with why", async () => {
    // Prepare
    const excluded = await studio().put(`/reconnect/categories/hair/clients/${ids.max}/excluded`, {
      enabled: true,
    });

    // Act
    const reachable = await tabIds("reachable");
    const unreachable = await tab("unreachable");

    // Assess
    expect(excluded.status).toBe(200);
    expect(reachable).toEqual(sorted("eva", "ida"));
    const reasons = Object.fromEntries(unreachable.map((row) => [row.clientId, row.reasons]));
    expect(reasons).toEqual({
      [ids.max]: ["excluded"],
      [ids.uma]: ["unsubscribed", "no_email"],
      [ids.noa]: ["no_mobile", "no_email"],
    });
  });

  it("queues the first message for the reachable clients only, and nothing twice", async () => {
    // Act
    const first = await studio().post("/reconnect/categories/hair/contact");
    const second = await studio().post("/reconnect/categories/hair/contact");

    // Assess
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reachable: 2, contacted: 2, skipped: 0 });
    expect(second.body).toMatchObject({ reachable: 0, contacted: 0 });
    const requestId = first.body.requestId as string;
    expect(await message(requestId, ids.eva)).toMatchObject({
      status: "queued",
      templatePurpose: "reconnect_first",
    });
    expect(await message(requestId, ids.max)).toBeNull();
    expect(await message(requestId, ids.uma)).toBeNull();
    expect(await tabIds("first_sent")).toEqual(sorted("eva", "ida"));
    expect(await tabIds("reachable")).toEqual([]);
  });

  it("sends no follow-up to a client who booked meanwhile: they are reconnected with the booking's revenue", async () => {
    // Prepare
    api.setNow("2026-04-15T09:00:00.000Z");

    // Act
    const booked = await book(ids.ida, "2026-04-20T10:00:00Z");

    // Assess
    expect(booked.status).toBe(201);
    const [row] = await tab("reconnected");
    expect(row).toMatchObject({
      clientId: ids.ida,
      status: "booked",
      statusText: "booked for Cut & blow-dry on 2026-04-20",
      revenue: 4500,
    });
  });

  it("sends the follow-up after the delay, once, to the client who has not booked", async () => {
    // Prepare
    const followUps = sendReconnectFollowUps(api.deps);
    api.setNow("2026-04-23T09:00:00.000Z");
    const early = await followUps();
    api.setNow("2026-04-24T09:00:00.000Z");

    // Act
    const due = await followUps();
    const again = await followUps();

    // Assess
    expect(early).toEqual({ read: 0, queued: 0, dropped: 0, skipped: 0 });
    expect(due).toEqual({ read: 1, queued: 1, dropped: 0, skipped: 0 });
    expect(again).toEqual({ read: 0, queued: 0, dropped: 0, skipped: 0 });
    const firstSentAt = "2026-04-10T08:00:00.000Z";
    expect(await message(`reconnect-follow-up:hair:${ids.eva}:${firstSentAt}`, ids.eva)).toMatchObject({
      status: "queued",
      templatePurpose: "reconnect_follow_up",
    });
    expect(await message(`reconnect-follow-up:hair:${ids.ida}:${firstSentAt}`, ids.ida)).toBeNull();
    expect(await message(`reconnect-follow-up:hair:${ids.max}:${firstSentAt}`, ids.max)).toBeNull();
    expect(await tabIds("second_sent")).toEqual([ids.eva]);
  });

  it("reconnects the client who books after the follow-up, attributing the revenue once", async () => {
    // Prepare
    api.setNow("2026-04-26T09:00:00.000Z");
    const booked = await book(ids.eva, "2026-04-28T10:00:00Z");
    api.setNow("2026-04-28T12:00:00.000Z");

    // Act
    await studio().put(`/appointments/${booked.body.id}/status`, { status: "attended" });
    const overview = await studio().get("/reconnect/overview");

    // Assess
    expect(await tabIds("reconnected")).toEqual(sorted("eva", "ida"));
    expect(overview.body.months).toEqual(["2026-02", "2026-03", "2026-04"]);
    const expected = {
      overdue: 3,
      contacted: 2,
      followedUp: 1,
      reconnected: 2,
      revenue: 9000,
      contactRate: 0.4,
      reconnectRate: 1,
    };
    expect(overview.body.total).toEqual(expected);
    expect(overview.body.categories).toEqual([{ categoryId: "hair", name: "Haircut", ...expected }]);
  });

  it("takes the revenue back when the attributed booking is cancelled", async () => {
    // Prepare
    api.setNow("2026-04-16T09:00:00.000Z");
    const booking = (await api.deps.appointments.rhythm(STUDIO, ids.ida, "hair")).openBookings;
    const appointmentId = Object.keys(booking)[0]!;

    // Act
    await studio().put(`/appointments/${appointmentId}/status`, { status: "cancelled" });
    const overview = await studio().get("/reconnect/overview");

    // Assess
    expect(overview.body.total).toMatchObject({ reconnected: 1, revenue: 4500 });
    expect(await tabIds("reconnected")).toEqual([ids.eva]);
  });

  it("answers 404 to another studio's category and client ids", async () => {
    // Prepare
    const other = api.as(OTHER_STUDIO);

    // Act
    const answers = await Promise.all([
      other.get("/reconnect/categories/hair/clients?tab=reachable"),
      other.post("/reconnect/categories/hair/contact"),
      other.put(`/reconnect/categories/hair/clients/${ids.eva}/excluded`, { enabled: true }),
      other.put(`/reconnect/categories/hair-b/clients/${ids.eva}/excluded`, { enabled: true }),
    ]);

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
  });
});
