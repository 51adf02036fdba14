import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeEach, describe, expect, it } from "vitest";
import type { OutboxMessage } from "../../domain/model/outbox-message";
import { type ApiHarness, aStudio, BOOKING_LINKS, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

/** Monday 23 November 2026, 11:00 Berlin. */
const MONDAY = "2026-11-23T10:00:00.000Z";
/** Wednesday 25 November, 10:00–11:00 Berlin. */
const WEDNESDAY_TEN = "2026-11-25T09:00:00.000Z";

describe("waitlist", () => {
  let api: ApiHarness;
  const studio = () => api.as("studio-a");
  const newClient = async (firstName: string, phone: string) =>
    (await studio().post("/clients", { firstName, lastName: "Wait", phone })).body.id as string;
  let joined = 0;
  /** Each joins a second after the one before, so the line's order is the order of the calls. */
  const join = async (clientId: string, overrides: Record<string, unknown> = {}) => {
    joined += 1;
    api.setNow(new Date(Date.parse(MONDAY) + joined * 1000).toISOString());
    return studio().post("/waitlist", {
      clientId,
      serviceId: "cut",
      fromDate: "2026-11-24",
      toDate: "2026-11-30",
      ...overrides,
    });
  };
  const offersTo = async (clientId: string): Promise<OutboxMessage[]> =>
    (await api.deps.outbox.listForClient("studio-a", clientId)).filter(
      (message) => message.templatePurpose === "waitlist_offer",
    );
  const acceptLinkOf = (message: OutboxMessage) => {
    const link = message.body.match(/https:\/\/book\.rebook\.test\/w\/[A-Za-z0-9_.-]+/)?.[0];
    if (link === undefined) throw new Error(`no accept link in ${message.body}`);
    return new URL(link).pathname;
  };
  const bookedOnWednesday = async () =>
    (
      await api.deps.appointments.calendar("studio-a", {
        from: WEDNESDAY_TEN,
        to: "2026-11-25T10:00:00.000Z",
        staffId: null,
      })
    ).filter((appointment) => appointment.status === "booked");

  const pendingSlotNotices = async () =>
    (
      await api.documentClient.send(
        new QueryCommand({
          TableName: api.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :notice)",
          ExpressionAttributeValues: { ":pk": "STUDIO#studio-a", ":notice": "NOTICE#" },
        }),
      )
    ).Items?.filter((item) => String(item.sk).endsWith("#slot-freed")) ?? [];

  let holder: string;
  let freedId: string;

  beforeEach(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    await addCatalog(api.deps, "studio-a");
    api.setNow(MONDAY);
    holder = await newClient("Hanna", "+4915100000001");
    freedId = (
      await studio().post("/appointments", {
        clientId: holder,
        serviceId: "cut",
        staffId: "lena",
        startsAt: WEDNESDAY_TEN,
      })
    ).body.id;
    await api.sendNotices();
  });

  it("offers a cancelled slot to the waiting clients once, with a signed accept link", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    const entry = await join(eva);
    expect(entry.status).toBe(201);

    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    await api.sendNotices();

    const [offer, ...more] = await offersTo(eva);
    expect(more).toHaveLength(0);
    expect(offer!.body).toContain("Mittwoch, 25. November um 10:00");
    expect(offer!.body).toContain(`${BOOKING_LINKS.publicBaseUrl}/w/`);
    const page = await api.publicRequest("GET", acceptLinkOf(offer!));
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-outcome="open"');
    expect(await bookedOnWednesday()).toHaveLength(0);
  });

  it("books the slot on accept, under the staff-day guard, and takes the client off the waitlist", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    await join(eva);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();

    const accepted = await api.publicRequest("POST", acceptLinkOf((await offersTo(eva))[0]!));

    expect(accepted.body).toContain('data-outcome="booked"');
    const [booking, ...others] = await bookedOnWednesday();
    expect(others).toHaveLength(0);
    expect(booking).toMatchObject({
      clientId: eva,
      staffId: "lena",
      startsAt: WEDNESDAY_TEN,
      source: "waitlist",
    });
    expect((await studio().get("/waitlist")).body.entries).toEqual([]);
    const taken = await studio().post("/appointments", {
      clientId: holder,
      serviceId: "cut",
      staffId: "lena",
      startsAt: WEDNESDAY_TEN,
    });
    expect(taken.status).toBe(409);
  });

  it("20 concurrent accepts of one offer make exactly one booking", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    await join(eva);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const link = acceptLinkOf((await offersTo(eva))[0]!);

    const answers = await Promise.all(Array.from({ length: 20 }, () => api.publicRequest("POST", link)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(answers.every((answer) => String(answer.body).includes('data-outcome="booked"'))).toBe(true);
    expect(await bookedOnWednesday()).toHaveLength(1);
  });

  it("of three clients offered the same slot, the first accept wins and the others read 'taken'", async () => {
    const clients = [
      await newClient("Eva", "+4915100000002"),
      await newClient("Jan", "+4915100000003"),
      await newClient("Ola", "+4915100000004"),
    ];
    for (const clientId of clients) await join(clientId);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const links = await Promise.all(
      clients.map(async (clientId) => acceptLinkOf((await offersTo(clientId))[0]!)),
    );

    const answers = await Promise.all(
      [...links, ...links, ...links].map((link) => api.publicRequest("POST", link)),
    );

    const outcomes = answers.map((answer) => String(answer.body).match(/data-outcome="(\w+)"/)?.[1]);
    const booked = await bookedOnWednesday();
    expect(booked).toHaveLength(1);
    const winner = clients.indexOf(booked[0]!.clientId);
    outcomes.forEach((outcome, index) => {
      expect(outcome).toBe(index % 3 === winner ? "booked" : "taken");
    });
  });

  it("moves on to the next in line when a round's offers close unaccepted, and stops once one is accepted", async () => {
    const clients = [
      await newClient("Ana", "+4915100000002"),
      await newClient("Ben", "+4915100000003"),
      await newClient("Cem", "+4915100000004"),
      await newClient("Dora", "+4915100000005"),
    ];
    for (const clientId of clients) await join(clientId);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const firstRound = await Promise.all(clients.map(async (clientId) => (await offersTo(clientId)).length));

    api.setNow("2026-11-23T10:29:00.000Z");
    await api.sendNotices();
    const stillFirstRound = (await offersTo(clients[3]!)).length;
    api.setNow("2026-11-23T10:31:00.000Z");
    await api.sendNotices();
    const [dora] = await offersTo(clients[3]!);
    const lateAccept = await api.publicRequest("POST", acceptLinkOf((await offersTo(clients[0]!))[0]!));
    const doraAccepts = await api.publicRequest("POST", acceptLinkOf(dora!));
    api.setNow("2026-11-23T11:05:00.000Z");
    await api.sendNotices();

    expect(firstRound).toEqual([1, 1, 1, 0]);
    expect(stillFirstRound).toBe(0);
    expect(lateAccept.body).toContain('data-outcome="taken"');
    expect(doraAccepts.body).toContain('data-outcome="booked"');
    expect((await bookedOnWednesday()).map((appointment) => appointment.clientId)).toEqual([clients[3]]);
    for (const clientId of clients) expect(await offersTo(clientId)).toHaveLength(1);
    expect(await pendingSlotNotices()).toEqual([]);
  });

  it("offers the most reliable client first, one at a time and for the studio's offer time, when the studio picks so", async () => {
    const [ana, ben] = [await newClient("Ana", "+4915100000002"), await newClient("Ben", "+4915100000003")];
    const lastWeek = await studio().post("/appointments", {
      clientId: ben,
      serviceId: "cut",
      staffId: "lena",
      startsAt: "2026-11-16T09:00:00.000Z",
      outsideWorkingHours: true,
    });
    await studio().put(`/appointments/${lastWeek.body.id}/status`, { status: "attended" });
    const policy = await studio().patch("/studio", {
      settings: { waitlist: { order: "reliability", offersPerRound: 1, offerMinutes: 15 } },
    });
    await join(ana);
    await join(ben);

    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const firstRound = [(await offersTo(ana)).length, (await offersTo(ben)).length];
    api.setNow("2026-11-23T10:16:00.000Z");
    await api.sendNotices();

    expect(policy.body.settings.waitlist).toEqual({
      order: "reliability",
      offersPerRound: 1,
      offerMinutes: 15,
    });
    expect(firstRound).toEqual([0, 1]);
    expect((await offersTo(ben))[0]!.body).toMatch(/\b15 Min/);
    expect(await offersTo(ana)).toHaveLength(1);
  });

  it("offers a slot freed twice again, to whoever still waits", async () => {
    const [ana, ben] = [await newClient("Ana", "+4915100000002"), await newClient("Ben", "+4915100000003")];
    await join(ana);
    await join(ben);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    await api.publicRequest("POST", acceptLinkOf((await offersTo(ana))[0]!));
    const [anasBooking] = await bookedOnWednesday();

    await studio().put(`/appointments/${anasBooking!.id}/status`, { status: "cancelled" });
    await api.sendNotices();
    const bensOffers = await offersTo(ben);
    // The offer of the slot Ana's cancellation freed (the first round's was void once Ana took the slot).
    const secondRound = bensOffers.find((message) => message.requestId.includes(anasBooking!.id));
    const accepted = await api.publicRequest("POST", acceptLinkOf(secondRound!));

    expect(await offersTo(ana)).toHaveLength(1);
    expect(bensOffers).toHaveLength(2);
    expect(accepted.body).toContain('data-outcome="booked"');
    expect((await bookedOnWednesday()).map((appointment) => appointment.clientId)).toEqual([ben]);
  });

  it("holds the offered time while the offers are open, for the waiting clients only, and frees it when nobody took it", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    await join(eva);
    const tryBooking = () =>
      studio().post("/appointments", {
        clientId: holder,
        serviceId: "cut",
        staffId: "lena",
        startsAt: WEDNESDAY_TEN,
      });

    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const whileOpen = await tryBooking();
    api.setNow("2026-11-23T10:31:00.000Z");
    await api.sendNotices();
    const afterwards = await tryBooking();

    expect(await offersTo(eva)).toHaveLength(1);
    expect([whileOpen.status, whileOpen.body.error.code]).toEqual([409, "APPOINTMENT.SLOT_TAKEN"]);
    expect(afterwards.status).toBe(201);
  });

  it("offers no next round once the slot was booked otherwise meanwhile", async () => {
    const clients = [
      await newClient("Ana", "+4915100000002"),
      await newClient("Ben", "+4915100000003"),
      await newClient("Cem", "+4915100000004"),
      await newClient("Dora", "+4915100000005"),
    ];
    for (const clientId of clients) await join(clientId);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    // The round's offers have closed (and their hold with them); the next round has not run yet.
    api.setNow("2026-11-23T10:30:30.000Z");
    const walkIn = await studio().post("/appointments", {
      clientId: holder,
      serviceId: "cut",
      staffId: "lena",
      startsAt: WEDNESDAY_TEN,
    });

    api.setNow("2026-11-23T10:31:00.000Z");
    await api.sendNotices();

    expect(walkIn.body).toMatchObject({ status: "booked" });
    expect(await offersTo(clients[3]!)).toHaveLength(0);
    expect(await pendingSlotNotices()).toEqual([]);
  });

  it("refuses an accept from a client blocked after the offer was made", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    await join(eva);
    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();
    const blocked = await studio().put("/blocks", {
      kind: "phone",
      value: "+4915100000002",
      reason: "abuse",
    });

    const accepted = await api.publicRequest("POST", acceptLinkOf((await offersTo(eva))[0]!));

    expect(blocked.status).toBe(200);
    expect(accepted.body).toContain('data-outcome="taken"');
    expect(await bookedOnWednesday()).toHaveLength(0);
  });

  it("offers nothing to entries of another staff member, another date or time of day, a blacklisted client or a removed entry", async () => {
    const [other, late, black, removed, fits, afternoons, badTimes] = [
      await newClient("Ana", "+4915100000002"),
      await newClient("Ben", "+4915100000003"),
      await newClient("Cem", "+4915100000004"),
      await newClient("Dora", "+4915100000005"),
      await newClient("Emil", "+4915100000006"),
      await newClient("Finn", "+4915100000007"),
      await newClient("Gina", "+4915100000008"),
    ];
    await join(afternoons, { timeOfDay: { from: "14:00", to: "18:00" } });
    const reversed = await join(badTimes, { timeOfDay: { from: "12:00", to: "09:00" } });
    await api.deps.staff.save({ ...(await api.deps.staff.get("studio-a", "lena"))!, id: "mia", name: "Mia" });
    await join(other, { staffId: "mia" });
    await join(late, { fromDate: "2026-11-26" });
    await join(black);
    await studio().put(`/clients/${black}/blacklist`, { enabled: true });
    const removedEntry = (await join(removed)).body.id;
    expect((await studio().delete(`/waitlist/${removedEntry}`)).status).toBe(204);
    await join(fits, { timeOfDay: { from: "09:00", to: "12:00" } });

    await studio().put(`/appointments/${freedId}/status`, { status: "cancelled" });
    await api.sendNotices();

    for (const clientId of [other, late, black, removed, afternoons])
      expect(await offersTo(clientId)).toHaveLength(0);
    expect(await offersTo(fits)).toHaveLength(1);
    expect([reversed.status, reversed.body.error.fields[0].field]).toEqual([400, "timeOfDay.to"]);
  });

  it("offers the rest of a no-show's time from the next slot step, and an expired offer books nothing", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    await join(eva, { fromDate: "2026-11-25", toDate: "2026-11-25" });
    await api.deps.services.save({
      ...(await api.deps.services.get("studio-a", "cut"))!,
      id: "fringe",
      name: "Fringe",
      durationMinutes: 15,
    });
    const onWaitlist = await join(eva, { serviceId: "fringe", fromDate: "2026-11-25", toDate: "2026-11-25" });
    expect(onWaitlist.status).toBe(201);
    api.setNow("2026-11-25T09:20:00.000Z");
    await studio().put(`/appointments/${freedId}/status`, { status: "no_show", reason: "did not come" });
    api.setNow("2026-11-25T09:21:00.000Z");
    await api.sendNotices();

    const offers = await offersTo(eva);
    expect(offers).toHaveLength(1);
    expect(offers[0]!.body).toContain("um 10:30");
    api.setNow("2026-11-25T09:52:00.000Z");
    const late = await api.publicRequest("POST", acceptLinkOf(offers[0]!));
    expect(late.body).toContain('data-outcome="taken"');
    expect(await bookedOnWednesday()).toHaveLength(0);
  });

  it("refuses bad entries naming the field, keeps studios apart, and a forged link is a 404", async () => {
    const eva = await newClient("Eva", "+4915100000002");
    const backwards = await join(eva, { fromDate: "2026-11-30", toDate: "2026-11-24" });
    const malformed = await join(eva, { toDate: "soon" });
    await api.addStudio(aStudio("studio-b"));
    const entry = (await join(eva)).body.id;
    const foreignClient = await api.as("studio-b").post("/waitlist", {
      clientId: eva,
      serviceId: "cut",
      fromDate: "2026-11-24",
      toDate: "2026-11-30",
    });
    const foreignDelete = await api.as("studio-b").delete(`/waitlist/${entry}`);
    const forged = await api.publicRequest("GET", "/w/eyJmb28iOiJiYXIifQ.AAAAAAAAAAAAAAAAAAAAAA");

    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields[0].field).toContain("toDate");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields[0].field).toContain("toDate");
    expect(foreignClient.status).toBe(404);
    expect(foreignDelete.status).toBe(404);
    expect((await api.as("studio-b").get("/waitlist")).body.entries).toEqual([]);
    expect((await studio().get("/waitlist")).body.entries).toHaveLength(1);
    expect(forged.status).toBe(404);
  });
});
