import { beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";
import { addCatalog } from "../support/catalog-fixture";

const MARKETING_EMAIL = {
  locale: "de",
  subject: "Neu bei {{studioName}}",
  body: "Hallo {{clientFirstName}}, wir haben neue Öffnungszeiten. Abmelden: {{unsubscribeLink}}",
};

describe("messages API: templates, messaging settings and send requests", () => {
  let api: ApiHarness;
  let categoryOfA: string;
  let categoryOfB: string;
  const asA = () => api.as("studio-a");
  const asB = () => api.as("studio-b");
  const fieldsOf = (body: { error: { fields?: { field: string }[] } }) =>
    (body.error.fields ?? []).map((issue) => issue.field);

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a", { name: "Salon A" }));
    await api.addStudio(aStudio("studio-b", { name: "Salon B", locale: "en-GB" }));
    categoryOfA = (await addCatalog(api.deps, "studio-a", "-a")).category.id;
    categoryOfB = (await addCatalog(api.deps, "studio-b", "-b")).category.id;
  });

  describe("templates", () => {
    it("lists every purpose and channel in the studio's locale, the defaults unmarked", async () => {
      const listing = await asB().get("/templates");

      expect(listing.status).toBe(200);
      expect(listing.body.locale).toBe("en");
      expect(listing.body.templates).toHaveLength(44);
      expect(listing.body.templates.every((t: { source: string }) => t.source === "default")).toBe(true);
    });

    it("stores an override, lists it as such and drops it again", async () => {
      const saved = await asA().put("/templates/broadcast/email", MARKETING_EMAIL);
      const listed = await asA().get("/templates");
      const dropped = await asA().delete("/templates/broadcast/email?locale=de");
      const after = await asA().get("/templates");
      const broadcastEmail = (body: { templates: { purpose: string; channel: string }[] }) =>
        body.templates.find((t) => t.purpose === "broadcast" && t.channel === "email");

      expect(saved.status).toBe(200);
      expect(broadcastEmail(listed.body)).toMatchObject({
        source: "studio",
        overridden: true,
        subject: MARKETING_EMAIL.subject,
      });
      expect(dropped.status).toBe(204);
      expect(broadcastEmail(after.body)).toMatchObject({ source: "default", overridden: false });
    });

    it("keeps a category's ReConnect text apart from the studio's", async () => {
      const body =
        "Hi {{clientFirstName}}, time for {{categoryName}}? {{bookingLink}} Stop: {{unsubscribeLink}}";

      const saved = await asA().put("/templates/reconnect_first/sms", {
        locale: "de",
        body,
        categoryId: categoryOfA,
      });
      const forCategory = await asA().get(`/templates?categoryId=${categoryOfA}`);
      const forStudio = await asA().get("/templates");
      const pick = (listing: { templates: { purpose: string; channel: string }[] }) =>
        listing.templates.find((t) => t.purpose === "reconnect_first" && t.channel === "sms");

      expect(saved.status).toBe(200);
      expect(pick(forCategory.body)).toMatchObject({ source: "category", categoryId: categoryOfA, body });
      expect(pick(forStudio.body)).toMatchObject({ source: "default" });
    });

    it("refuses a template with problems, naming body and the problem codes", async () => {
      const unknown = await asA().put("/templates/broadcast/sms", {
        locale: "de",
        body: "Hallo {{firstname}}, Neuigkeiten!",
      });
      const noSubject = await asA().put("/templates/reminder/email", {
        locale: "de",
        body: "{{appointmentTime}}",
      });
      const categoryForBroadcast = await asA().put("/templates/broadcast/email", {
        ...MARKETING_EMAIL,
        categoryId: categoryOfA,
      });
      const badPath = await asA().put("/templates/shouting/pigeon", MARKETING_EMAIL);

      expect(unknown.status).toBe(400);
      expect(fieldsOf(unknown.body)).toEqual(["body", "body"]);
      expect(unknown.body.error.message).toContain("UNKNOWN_PLACEHOLDER");
      expect(unknown.body.error.message).toContain("MISSING_UNSUBSCRIBE_LINK");
      expect(noSubject.status).toBe(400);
      expect(fieldsOf(noSubject.body)).toEqual(["subject"]);
      expect(categoryForBroadcast.status).toBe(400);
      expect(fieldsOf(categoryForBroadcast.body)).toEqual(["categoryId"]);
      expect(badPath.status).toBe(400);
      expect(fieldsOf(badPath.body).sort()).toEqual(["channel", "purpose"]);
    });

    it("answers 404 for another studio's category and leaves the other studio's templates alone", async () => {
      const foreign = await asB().put("/templates/reconnect_first/sms", {
        locale: "de",
        body: "{{unsubscribeLink}}",
        categoryId: categoryOfA,
      });
      const listedForeign = await asB().get(`/templates?categoryId=${categoryOfA}`);
      await asB().put("/templates/broadcast/email", MARKETING_EMAIL);
      const ofA = await asA().get("/templates");

      expect(foreign.status).toBe(404);
      expect(listedForeign.status).toBe(404);
      expect(
        ofA.body.templates.find(
          (t: { purpose: string; channel: string }) => t.purpose === "broadcast" && t.channel === "email",
        ),
      ).toMatchObject({ source: "default" });
      expect(categoryOfB).not.toBe(categoryOfA);
    });

    it("previews a draft with the studio's SMS segment limit", async () => {
      await asA().patch("/studio", { settings: { messaging: { maxSmsSegments: 1 } } });
      const long = `{{clientFirstName}} ${"ä".repeat(80)} {{unsubscribeLink}}`;

      const preview = await asA().post("/templates/preview", {
        purpose: "broadcast",
        channel: "sms",
        locale: "de",
        body: long,
        values: { clientFirstName: "Zoë" },
      });
      const missingBody = await asA().post("/templates/preview", {
        purpose: "broadcast",
        channel: "sms",
        locale: "de",
      });

      expect(preview.status).toBe(200);
      expect(preview.body.body).toMatch(/^Zoë ä+ https:\/\//);
      expect(preview.body.sms).toMatchObject({ encoding: "UCS-2" });
      expect(preview.body.problems.map((p: { code: string }) => p.code)).toEqual(["TOO_MANY_SEGMENTS"]);
      expect(missingBody.status).toBe(400);
      expect(fieldsOf(missingBody.body)).toEqual(["body"]);
    });
  });

  describe("messaging settings on PATCH /studio", () => {
    it("stores send windows and the segment limit in one place, merged field by field", async () => {
      const windows = [
        { days: ["mon", "tue"], from: "09:00", to: "12:00" },
        { from: "18:00", to: "24:00" },
      ];

      const first = await asB().patch("/studio", { settings: { messaging: { sendWindows: windows } } });
      const second = await asB().patch("/studio", { settings: { messaging: { maxSmsSegments: 3 } } });

      expect(first.status).toBe(200);
      expect(second.body.settings.messaging).toEqual({
        sendWindows: windows,
        maxSmsSegments: 3,
        bookingUrl: null,
        marketingFrequency: { messages: 1, days: 7 },
      });
      expect(second.body.settings.sendWindows).toBeUndefined();
    });

    it("refuses windows that end before they start or are not HH:mm, naming the field", async () => {
      const backwards = await asB().patch("/studio", {
        settings: { messaging: { sendWindows: [{ from: "12:00", to: "09:00" }] } },
      });
      const notATime = await asB().patch("/studio", {
        settings: { messaging: { sendWindows: [{ from: "9:00", to: "25:00" }] } },
      });
      const noSegments = await asB().patch("/studio", { settings: { messaging: { maxSmsSegments: 0 } } });

      expect(backwards.status).toBe(400);
      expect(fieldsOf(backwards.body)).toEqual(["settings.messaging.sendWindows.0.to"]);
      expect(notATime.status).toBe(400);
      expect(fieldsOf(notATime.body)).toEqual(
        expect.arrayContaining([
          "settings.messaging.sendWindows.0.from",
          "settings.messaging.sendWindows.0.to",
        ]),
      );
      expect(fieldsOf(noSegments.body)).toEqual(["settings.messaging.maxSmsSegments"]);
    });
  });

  describe("send requests and messages", () => {
    it("queues with the studio's template, records skips with reasons and lists messages by status", async () => {
      const lotte = (
        await asA().post("/clients", { firstName: "Lotte", lastName: "J", email: "lotte@example.com" })
      ).body.id;
      const piet = (await asA().post("/clients", { firstName: "Piet", lastName: "K" })).body.id;
      await asA().post(`/clients/${lotte}/consents`, {
        channel: "email",
        purpose: "marketing",
        granted: true,
        source: "paper_form",
        evidence: { text: "yes", ipAddress: null, userAgent: null },
      });
      await asA().put("/templates/broadcast/email", MARKETING_EMAIL);
      const request = {
        requestId: "news-1",
        clientIds: [lotte, piet, "no-such-client"],
        templatePurpose: "broadcast",
        channelPolicy: "email",
        values: {},
      };

      const queued = await asA().post("/messages/send-requests", request);
      const again = await asA().post("/messages/send-requests", request);
      const skipped = await asA().get("/messages?status=skipped&limit=10");
      const lotteMessage = await asA().get(`/messages/${queued.body.messages[0].messageId}`);
      const asOtherStudio = await asB().get(`/messages/${queued.body.messages[0].messageId}`);

      expect(queued.status).toBe(202);
      expect(queued.body.messages.map((m: { skipReason: string | null }) => m.skipReason)).toEqual([
        null,
        "NO_EMAIL",
        "CLIENT_NOT_FOUND",
      ]);
      expect(again.body).toEqual(queued.body);
      expect(skipped.body.items.map((m: { reason: string }) => m.reason).sort()).toEqual([
        "CLIENT_NOT_FOUND",
        "NO_EMAIL",
      ]);
      expect(lotteMessage.body).toMatchObject({ status: "queued", subject: "Neu bei Salon A", reason: null });
      expect(lotteMessage.body.body).toContain("neue Öffnungszeiten");
      expect(lotteMessage.body.unsubscribeUrl).toBeUndefined();
      expect(asOtherStudio.status).toBe(404);
    });

    it("refuses bad requests naming the field, and another studio's category with 404", async () => {
      const base = { requestId: "r-2", templatePurpose: "broadcast", channelPolicy: "email", values: {} };

      const none = await asA().post("/messages/send-requests", { ...base, clientIds: [] });
      const tooMany = await asA().post("/messages/send-requests", {
        ...base,
        clientIds: Array.from({ length: 1001 }, (_, i) => `c${i}`),
      });
      const badPolicy = await asA().post("/messages/send-requests", {
        ...base,
        clientIds: ["x"],
        channelPolicy: "fax",
      });
      const foreignCategory = await asA().post("/messages/send-requests", {
        ...base,
        clientIds: ["x"],
        templatePurpose: "reconnect_first",
        categoryId: categoryOfB,
      });
      const unknownFilter = await asA().get("/messages?state=failed");

      expect(fieldsOf(none.body)).toEqual(["clientIds"]);
      expect(fieldsOf(tooMany.body)).toEqual(["clientIds"]);
      expect(fieldsOf(badPolicy.body)).toEqual(["channelPolicy"]);
      expect(foreignCategory.status).toBe(404);
      expect(unknownFilter.status).toBe(400);
      expect(fieldsOf(unknownFilter.body)).toEqual(["state"]);
    });
  });
});
