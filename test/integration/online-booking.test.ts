import { beforeEach, describe, expect, it } from "vitest";
import { withStudioCors } from "../../functions/http/booking/booking-cors";
import { publicRoutes } from "../../functions/http/public/public-routes";
import { toApiGatewayEvent } from "../../functions/local/api-gateway-event";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import {
  bookOnline,
  codeSentFor,
  openForOnlineBooking,
  TERMS,
  TUESDAY_TEN,
  WEBSITE,
} from "../support/online-booking-fixture";

describe("online booking: profile, availability, hold, code, commit", () => {
  let api: ApiHarness;
  let studio: Awaited<ReturnType<typeof openForOnlineBooking>>;
  const book = (path: string, body?: unknown, from?: { ip?: string; origin?: string }) =>
    api.publicRequest(body === undefined ? "GET" : "POST", `/book/${studio.handle}${path}`, body, from);

  const bookSlot = (phone: string, startsAt = TUESDAY_TEN, extra: Record<string, unknown> = {}) =>
    bookOnline(api, studio, phone, startsAt, extra);

  beforeEach(async () => {
    api = await createApiHarness();
    studio = await openForOnlineBooking(api, "studio-a");
  });

  it("shows the public profile with the services bookable online and the current terms", async () => {
    const profile = await book("");

    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      name: "Studio studio-a",
      timeZone: "Europe/Berlin",
      categories: [{ name: "Hair", services: [{ id: studio.serviceId, name: "Cut", durationMinutes: 60 }] }],
      terms: { version: 1, text: TERMS },
    });
    expect(profile.body.staff.map((member: { name: string }) => member.name).sort()).toEqual([
      "Lena",
      "Tomasz",
    ]);
  });

  it("answers an unknown handle and a studio with online booking off alike", async () => {
    await api.as("studio-a").patch("/online-booking", { enabled: false });

    const off = await book("");
    const unknown = await api.publicRequest("GET", "/book/no-such-studio");

    expect(off.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(off.body).toEqual(unknown.body);
  });

  it("offers slots inside the hours, every 15 minutes, after the minimum notice", async () => {
    const days = (await book(`/availability?serviceId=${studio.serviceId}&from=2026-11-23&days=2`)).body.days;

    // Monday 23rd: now is 11:00 Berlin, notice 2 h → first slot 13:00; last start 16:00 (60 min until 17:00).
    expect(days[0].slots[0]).toMatchObject({ startsAt: "2026-11-23T12:00:00.000Z" });
    expect(days[0].slots.at(-1)).toMatchObject({ startsAt: "2026-11-23T15:00:00.000Z" });
    expect(days[1].slots[0].startsAt).toBe("2026-11-24T08:00:00.000Z");
    expect([...days[1].slots[0].staffIds].sort()).toEqual([...studio.staffIds].sort());
    expect(days[1].slots).toHaveLength(29);
  });

  it("books a verified phone: one card, the terms accepted, marketing consent in the ledger, a confirmation queued", async () => {
    const { hold, code, check, booking } = await bookSlot("+49 151 23456789", TUESDAY_TEN, {
      email: "noor@example.com",
      marketingConsent: ["email"],
      consentText: "Yes, send me news by email",
    });

    expect([hold.status, code.status, check.status, booking.status]).toEqual([201, 202, 200, 201]);
    const appointment = (await api.as("studio-a").get(`/appointments/${booking.body.appointmentId}`)).body;
    expect(appointment).toMatchObject({
      source: "online",
      status: "booked",
      startsAt: TUESDAY_TEN,
      termsAcceptance: { version: 1, acceptedAt: "2026-11-23T10:00:00.000Z", userAgent: "rebook-test" },
    });
    expect(appointment.termsAcceptance.ipHash).toMatch(/^[\w-]{32}$/);
    const client = (await api.as("studio-a").get(`/clients/${appointment.clientId}`)).body;
    expect(client).toMatchObject({
      phone: "+4915123456789",
      email: "noor@example.com",
      referralSource: "online booking",
    });
    expect(client.consent.email.marketing.granted).toBe(true);
    await api.sendNotices();
    const confirmation = (await api.deps.outbox.listForClient("studio-a", appointment.clientId)).filter(
      (message) => message.templatePurpose === "confirmation",
    );
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]!.body).toContain(booking.body.manageUrl);
  });

  it("returns the same booking for the same request key, and books the same phone's card again", async () => {
    const first = await bookSlot("+4915123456789");
    const again = await book("/bookings", {
      requestKey: `key-${first.holdId}`,
      holdId: first.holdId,
      firstName: "Noor",
      lastName: "Bakker",
      termsVersion: 1,
      termsAccepted: true,
    });
    const second = await bookSlot("+4915123456789", "2026-11-25T09:00:00.000Z", {
      email: "other@example.com",
    });
    const [one, two] = await Promise.all(
      [first, second].map(
        async ({ booking }) =>
          (await api.as("studio-a").get(`/appointments/${booking.body.appointmentId}`)).body,
      ),
    );

    expect(again.body.appointmentId).toBe(first.booking.body.appointmentId);
    expect(two.clientId).toBe(one.clientId);
  });

  it("keeps a held slot from everyone else until the hold lapses", async () => {
    const held = await book("/holds", {
      serviceId: studio.serviceId,
      staffId: studio.staffIds[0],
      startsAt: TUESDAY_TEN,
    });
    const overlapping = await book("/holds", {
      serviceId: studio.serviceId,
      staffId: studio.staffIds[0],
      startsAt: "2026-11-24T09:30:00.000Z",
    });
    const staffBooking = await api.as("studio-a").post("/clients", { firstName: "Walk", lastName: "In" });
    const byStaff = await api.as("studio-a").post("/appointments", {
      clientId: staffBooking.body.id,
      serviceId: studio.serviceId,
      staffId: studio.staffIds[0],
      startsAt: TUESDAY_TEN,
    });
    api.setNow("2026-11-23T10:10:01.000Z");
    const afterLapse = await book("/holds", {
      serviceId: studio.serviceId,
      staffId: studio.staffIds[0],
      startsAt: "2026-11-24T09:30:00.000Z",
    });

    expect(held.status).toBe(201);
    expect(overlapping.status).toBe(409);
    expect(byStaff.status).toBe(409);
    expect(afterLapse.status).toBe(201);
  });

  it("gives 50 parallel holds of overlapping slots of one staff member exactly one winner", async () => {
    const starts = Array.from({ length: 50 }, (_, index) =>
      new Date(Date.parse(TUESDAY_TEN) + (index % 4) * 15 * 60_000).toISOString(),
    );

    const answers = await Promise.all(
      starts.map((startsAt, index) =>
        book(
          "/holds",
          { serviceId: studio.serviceId, staffId: studio.staffIds[0], startsAt },
          { ip: `203.0.113.${index}` },
        ),
      ),
    );

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
  });

  it("makes exactly one booking of 50 parallel commits of one verified hold", async () => {
    const hold = await book("/holds", { serviceId: studio.serviceId, startsAt: TUESDAY_TEN });
    const holdId = hold.body.holdId;
    await book(`/holds/${holdId}/code`, { phone: "+4915123456789" });
    await book(`/holds/${holdId}/code/check`, { code: await codeSentFor(api, "studio-a", holdId) });

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        book("/bookings", {
          requestKey: `parallel-${index}`,
          holdId,
          firstName: "Noor",
          lastName: "Bakker",
          termsVersion: 1,
          termsAccepted: true,
        }),
      ),
    );
    const calendar = (await api.as("studio-a").get("/appointments?from=2026-11-24&days=1")).body;

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.some((answer) => answer.status >= 500)).toBe(false);
    expect(calendar.items).toHaveLength(1);
  });

  it("ends a verification after five checks: the sixth fails even with the right code", async () => {
    const hold = await book("/holds", { serviceId: studio.serviceId, startsAt: TUESDAY_TEN });
    const holdId = hold.body.holdId;
    await book(`/holds/${holdId}/code`, { phone: "+4915123456789" });
    const right = await codeSentFor(api, "studio-a", holdId);
    const wrong = right === "000000" ? "111111" : "000000";

    const wrongs = [];
    for (let attempt = 0; attempt < 5; attempt++)
      wrongs.push(await book(`/holds/${holdId}/code/check`, { code: wrong }));
    const sixth = await book(`/holds/${holdId}/code/check`, { code: right });

    expect(wrongs.map((answer) => answer.status)).toEqual([422, 422, 422, 422, 422]);
    expect(wrongs[4]!.body.error.triesLeft).toBe("0");
    expect(sixth.status).toBe(410);
  });

  it("counts parallel guesses: 20 at once never get more than five checks", async () => {
    const hold = await book("/holds", { serviceId: studio.serviceId, startsAt: TUESDAY_TEN });
    const holdId = hold.body.holdId;
    await book(`/holds/${holdId}/code`, { phone: "+4915123456789" });
    const right = await codeSentFor(api, "studio-a", holdId);

    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        book(`/holds/${holdId}/code/check`, {
          code: String((Number(right) + index + 1) % 1_000_000).padStart(6, "0"),
        }),
      ),
    );
    const verification = await api.deps.onlineBooking.verification("studio-a", holdId);

    expect(guesses.filter((answer) => answer.status === 422).length).toBeLessThanOrEqual(5);
    expect(verification!.attempts).toBeLessThanOrEqual(5);
  });

  it("refuses a used code and a second booking of the consumed verification", async () => {
    const { holdId } = await bookSlot("+4915123456789");
    const code = await codeSentFor(api, "studio-a", holdId);

    const replay = await book(`/holds/${holdId}/code/check`, { code });
    const rebook = await book("/bookings", {
      requestKey: "another-key-1",
      holdId,
      firstName: "Noor",
      lastName: "Bakker",
      termsVersion: 1,
      termsAccepted: true,
    });

    expect(replay.status).toBe(410);
    expect([409, 410]).toContain(rebook.status);
  });

  it("does not book studio B with a verification of studio A", async () => {
    const b = await openForOnlineBooking(api, "studio-b");
    const hold = await book("/holds", { serviceId: studio.serviceId, startsAt: TUESDAY_TEN });
    const holdId = hold.body.holdId;
    await book(`/holds/${holdId}/code`, { phone: "+4915123456789" });
    await book(`/holds/${holdId}/code/check`, { code: await codeSentFor(api, "studio-a", holdId) });

    const atB = await api.publicRequest("POST", `/book/${b.handle}/bookings`, {
      requestKey: "cross-studio-1",
      holdId,
      firstName: "Noor",
      lastName: "Bakker",
      termsVersion: 1,
      termsAccepted: true,
    });
    const checkAtB = await api.publicRequest("POST", `/book/${b.handle}/holds/${holdId}/code/check`, {
      code: "123456",
    });

    expect(atB.status).toBe(410);
    expect(checkAtB.status).toBe(410);
  });

  it("refuses a blocked client's phone with the neutral answer and sends no code; a new email does not help", async () => {
    const card = (
      await api.as("studio-a").post("/clients", {
        firstName: "Max",
        lastName: "Muster",
        phone: "+4915199887766",
        email: "max@example.com",
      })
    ).body;
    await api.as("studio-a").put(`/clients/${card.id}/online-booking-block`, { enabled: true });

    const blocked = await bookSlot("+49 151 99887766", TUESDAY_TEN, { email: "brand.new@example.com" });
    const capped = await (async () => {
      const answers = [];
      for (let index = 0; index < 4; index++) {
        const hold = await book("/holds", {
          serviceId: studio.serviceId,
          startsAt: new Date(Date.parse("2026-11-26T09:00:00.000Z") + index * 3_600_000).toISOString(),
        });
        answers.push(await book(`/holds/${hold.body.holdId}/code`, { phone: "+4915100000001" }));
      }
      return answers.at(-1)!;
    })();

    expect(blocked.code.status).toBe(403);
    expect(blocked.booking.status).not.toBe(201);
    expect(await api.deps.outbox.listForClient("studio-a", `code-${blocked.holdId}`)).toEqual([]);
    expect(capped.status).toBe(403);
    expect(capped.body).toEqual(blocked.code.body);
  });

  it("refuses a new phone with a blocked client's email at the commit", async () => {
    const card = (
      await api.as("studio-a").post("/clients", {
        firstName: "Max",
        lastName: "Muster",
        email: "max@example.com",
      })
    ).body;
    await api.as("studio-a").put(`/clients/${card.id}/blacklist`, { enabled: true });

    const attempt = await bookSlot("+4915122223333", TUESDAY_TEN, { email: "MAX@example.com" });

    expect(attempt.check.status).toBe(200);
    expect(attempt.booking.status).toBe(403);
    expect(attempt.booking.body.error.code).toBe("BOOKING.CALL_STUDIO");
  });

  it("refuses neutrally a blocked phone on a new card, a blocked tag, a blocked address and a banned client", async () => {
    const banned = (
      await api
        .as("studio-a")
        .post("/clients", { firstName: "Ben", lastName: "Banned", phone: "+4915111112222" })
    ).body;
    const tagged = (
      await api.as("studio-a").post("/clients", {
        firstName: "Tina",
        lastName: "Tagged",
        phone: "+4915133334444",
        tags: ["chargeback"],
      })
    ).body;
    await api.as("studio-a").put(`/clients/${banned.id}/online-ban`, { banned: true, reason: "threats" });
    await api.as("studio-a").put("/blocks", { kind: "tag", value: "Chargeback", reason: "unpaid" });
    await api.as("studio-a").put("/blocks", { kind: "phone", value: "+4915155556666", reason: "fraud" });
    await api.as("studio-a").put("/blocks", { kind: "email", value: "fraud@example.com", reason: "fraud" });

    const blockedPhone = await bookSlot("+4915155556666", TUESDAY_TEN, { email: "fresh@example.com" });
    const blockedTag = await bookSlot(tagged.phone, "2026-11-24T10:00:00.000Z");
    const bannedPhone = await bookSlot(banned.phone, "2026-11-24T11:00:00.000Z");
    const blockedEmail = await bookSlot("+4915177778888", "2026-11-24T12:00:00.000Z", {
      email: "Fraud@Example.com",
    });
    const allowed = await bookSlot("+4915199990000", "2026-11-24T13:00:00.000Z");

    expect([blockedPhone.code.status, blockedTag.code.status, bannedPhone.code.status]).toEqual([
      403, 403, 403,
    ]);
    expect(blockedPhone.code.body).toEqual(bannedPhone.code.body);
    expect(blockedEmail.booking.status).toBe(403);
    expect(blockedEmail.booking.body).toEqual(blockedPhone.code.body);
    expect(allowed.booking.status).toBe(201);
  });

  it("lets the client see and cancel the booking from the link, late inside the cut-off", async () => {
    const { booking } = await bookSlot("+4915123456789");
    const token = new URL(booking.body.manageUrl).pathname.split("/").at(-1)!;

    const page = await api.publicRequest("GET", `/b/${token}`);
    api.setNow("2026-11-24T00:00:00.000Z");
    const cancelled = await api.publicRequest("POST", `/b/${token}`);
    const forged = await api.publicRequest("GET", `/b/${token.slice(0, -2)}xx`);
    const appointment = (await api.as("studio-a").get(`/appointments/${booking.body.appointmentId}`)).body;

    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post" action="?action=cancel">');
    expect(cancelled.status).toBe(200);
    expect(appointment).toMatchObject({ status: "cancelled", lateCancellation: true });
    expect(forged.status).toBe(404);
  });

  it("answers the studio's website origin with CORS headers and no other origin, preflights too", async () => {
    const cors = withStudioCors(api.deps, async () => ({ statusCode: 200, body: "{}" }));
    const request = (method: string, origin: string) =>
      cors(
        toApiGatewayEvent({
          method,
          rawPath: `/book/${studio.handle}`,
          routeKey: `${method} /book/{handle}`,
          pathParameters: { handle: studio.handle },
          query: new URLSearchParams(),
          body: undefined,
          headers: { origin },
          claims: null,
        }),
      );

    const allowed = await request("GET", WEBSITE);
    const other = await request("GET", "https://evil.example");
    const preflight = await request("OPTIONS", WEBSITE);

    expect(allowed.headers).toMatchObject({ "access-control-allow-origin": WEBSITE, vary: "origin" });
    expect(other.headers).not.toHaveProperty("access-control-allow-origin");
    expect(preflight).toMatchObject({ statusCode: 204, headers: { "access-control-allow-origin": WEBSITE } });
  });

  describe("code limits hold under 20 parallel requests", () => {
    /** 20 holds on different days and staff, each taken from its own address. */
    const twentyHolds = async () => {
      const holds: string[] = [];
      for (let index = 0; index < 20; index++) {
        // Tuesday to Saturday, 09:00 to 15:00 Berlin every two hours: twenty slots apart from each other.
        const startsAt =
          Date.parse("2026-11-24T08:00:00.000Z") +
          (index % 5) * 86_400_000 +
          Math.floor(index / 5) * 7_200_000;
        const hold = await book(
          "/holds",
          {
            serviceId: studio.serviceId,
            staffId: studio.staffIds[0],
            startsAt: new Date(startsAt).toISOString(),
          },
          { ip: `192.0.2.${index}` },
        );
        holds.push(hold.body.holdId);
      }
      return holds;
    };
    const codesSent = async (holds: string[]) =>
      (
        await Promise.all(holds.map((holdId) => api.deps.outbox.listForClient("studio-a", `code-${holdId}`)))
      ).flat().length;
    const phone = (index: number) => `+4915123${String(index).padStart(6, "0")}`;

    it("sends one number at most three codes in 15 minutes", async () => {
      const holds = await twentyHolds();

      const answers = await Promise.all(
        holds.map((holdId, index) =>
          book(`/holds/${holdId}/code`, { phone: phone(1) }, { ip: `192.0.2.${index}` }),
        ),
      );

      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(3);
      expect(answers.filter((answer) => answer.status === 403)).toHaveLength(17);
      expect(await codesSent(holds)).toBe(3);
    });

    it("sends one IP address at most ten codes an hour", async () => {
      const holds = await twentyHolds();

      const answers = await Promise.all(
        holds.map((holdId, index) =>
          book(`/holds/${holdId}/code`, { phone: phone(index) }, { ip: "192.0.2.200" }),
        ),
      );

      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(10);
      expect(await codesSent(holds)).toBe(10);
    });

    it("stops at the studio's daily budget", async () => {
      await api.as("studio-a").patch("/online-booking", { dailyCodeBudget: 5 });
      const holds = await twentyHolds();

      const answers = await Promise.all(
        holds.map((holdId, index) =>
          book(`/holds/${holdId}/code`, { phone: phone(index) }, { ip: `192.0.2.${index}` }),
        ),
      );

      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(5);
      expect(answers.filter((answer) => answer.status === 403)).toHaveLength(15);
      expect(await codesSent(holds)).toBe(5);
    });

    it("makes a second code for the same hold wait 30 seconds, then 60", async () => {
      const [holdId] = await twentyHolds();

      const first = await book(`/holds/${holdId}/code`, { phone: phone(1) });
      const tooSoon = await book(`/holds/${holdId}/code`, { phone: phone(1) });
      api.setNow("2026-11-23T10:00:31.000Z");
      const second = await book(`/holds/${holdId}/code`, { phone: phone(1) });

      expect(first.body.resendAfterSeconds).toBe(30);
      expect(tooSoon.status).toBe(429);
      expect(second.status).toBe(202);
      expect(second.body.resendAfterSeconds).toBe(60);
    });
  });

  it("answers malformed input on every public route with a 4xx naming the problem, never a 5xx", async () => {
    const garbage: unknown[] = [
      "{not json",
      [],
      { serviceId: { $ne: null } },
      { phone: "x".repeat(10_000) },
      { code: 123456, startsAt: "yesterday", requestKey: "../../etc" },
      "x".repeat(9 * 1024),
    ];
    const paths = publicRoutes.booking.map((routeKey) => {
      const [method, path] = routeKey.split(" ") as [string, string];
      return [
        method,
        path.replace("{handle}", studio.handle).replace("{holdId}", "nö").replace("{token}", "%00"),
      ];
    });

    const statuses = await Promise.all(
      paths.flatMap(([method, path]) =>
        garbage.map(
          async (body) => (await api.publicRequest(method!, `${path}?from=never&days=-1`, body)).status,
        ),
      ),
    );

    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.every((status) => status >= 400)).toBe(true);
  });
});
