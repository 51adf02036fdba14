import { beforeEach, describe, expect, it } from "vitest";
import { type ApiHarness, createApiHarness } from "../support/api-harness";
import { bookOnline, codeSentFor, openForOnlineBooking } from "../support/online-booking-fixture";

describe("joining the waitlist from the widget with a verified phone", () => {
  let api: ApiHarness;
  let studio: Awaited<ReturnType<typeof openForOnlineBooking>>;
  const post = (path: string, body: unknown) =>
    api.publicRequest("POST", `/book/${studio.handle}${path}`, body);
  const askCode = async (phone: string, verificationId?: string) =>
    post("/waitlist/code", { phone, ...(verificationId === undefined ? {} : { verificationId }) });
  const join = (verificationId: string, code: string, overrides: Record<string, unknown> = {}) =>
    post("/waitlist", {
      verificationId,
      code,
      serviceId: studio.serviceId,
      staffId: studio.staffIds[0],
      fromDate: "2026-11-24",
      toDate: "2026-11-30",
      firstName: "Wanda",
      lastName: "Wait",
      ...overrides,
    });
  const waiting = async () =>
    (await api.as("studio-a").get("/waitlist")).body.entries as Array<Record<string, unknown>>;

  beforeEach(async () => {
    api = await createApiHarness();
    studio = await openForOnlineBooking(api, "studio-a");
  });

  it("puts a new client on the waitlist once the code is right, on a card of the verified phone, and offers them a freed slot", async () => {
    const sent = await askCode("+49 151 55550001");
    const verificationId = sent.body.verificationId as string;

    // Anyone: the booking below goes to whichever staff member is free first.
    const joined = await join(verificationId, await codeSentFor(api, "studio-a", verificationId), {
      staffId: null,
    });

    expect(sent.status).toBe(202);
    expect(verificationId).toMatch(/^waitlist-/);
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ serviceName: "Cut", fromDate: "2026-11-24", toDate: "2026-11-30" });
    const [entry, ...others] = await waiting();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ id: joined.body.entryId, staffId: null, serviceId: studio.serviceId });
    const card = (await api.as("studio-a").get(`/clients/${entry!.clientId}`)).body;
    expect(card).toMatchObject({
      firstName: "Wanda",
      phone: "+4915155550001",
      referralSource: "online waitlist",
    });

    const taken = (await bookOnline(api, studio, "+49 151 55550002")).booking.body.appointmentId;
    await api.as("studio-a").put(`/appointments/${taken}/status`, { status: "cancelled" });
    await api.sendNotices();
    const offers = (await api.deps.outbox.listForClient("studio-a", card.id)).filter(
      (message) => message.templatePurpose === "waitlist_offer",
    );
    expect(offers).toHaveLength(1);
  });

  it("joins a client the studio knows on their own card", async () => {
    const known = (
      await api
        .as("studio-a")
        .post("/clients", { firstName: "Kim", lastName: "Known", phone: "+4915155550003" })
    ).body;
    const { verificationId } = (await askCode("+4915155550003")).body;

    await join(verificationId, await codeSentFor(api, "studio-a", verificationId), { staffId: null });

    expect((await waiting()).map((entry) => entry.clientId)).toEqual([known.id]);
  });

  it("refuses a wrong code, bad dates and a hold's verification naming the field, and uses a verification once", async () => {
    const { verificationId } = (await askCode("+4915155550004")).body;
    const code = await codeSentFor(api, "studio-a", verificationId);
    const hold = await post("/holds", { serviceId: studio.serviceId, startsAt: "2026-11-24T09:00:00.000Z" });

    const wrong = await join(verificationId, code === "000000" ? "111111" : "000000");
    const tooLong = await join(verificationId, code, { toDate: "2027-03-30" });
    const holdsOwn = await join(hold.body.holdId, code);
    const first = await join(verificationId, code);
    const again = await join(verificationId, code);

    expect([wrong.status, wrong.body.error.fields[0].field]).toEqual([422, "code"]);
    expect([tooLong.status, tooLong.body.error.fields[0].field]).toEqual([400, "toDate"]);
    expect([holdsOwn.status, holdsOwn.body.error.fields[0].field]).toEqual([400, "verificationId"]);
    expect(first.status).toBe(201);
    expect(again.status).toBe(410);
    expect(await waiting()).toHaveLength(1);
  });

  it("answers a blocked phone with the neutral refusal and sends it no code", async () => {
    await api.as("studio-a").put("/blocks", { kind: "phone", value: "+4915155550005", reason: "abuse" });

    const refused = await askCode("+4915155550005");

    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("BOOKING.CALL_STUDIO");
    expect(await waiting()).toEqual([]);
  });
});
