import { describe, expect, it } from "vitest";
import { aStudio, createApiHarness } from "../support/api-harness";

describe("the studio's booking page", () => {
  it("is the booking link of a message whose request names none", async () => {
    // Prepare
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    const owner = api.as("studio-a");
    await owner.patch("/studio", { settings: { messaging: { bookingUrl: "https://salon.example/book" } } });
    const clientId = (
      await owner.post("/clients", { firstName: "Ida", lastName: "Link", email: "ida@example.com" })
    ).body.id;
    await owner.post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: true,
      source: "staff",
      evidence: { text: null, ipAddress: null, userAgent: null },
    });

    // Act
    const queued = await owner.post("/messages/send-requests", {
      requestId: "spring",
      clientIds: [clientId],
      templatePurpose: "reconnect_first",
      channelPolicy: "email",
      values: { categoryName: "Haircut" },
    });
    const message = await api.deps.outbox.get("studio-a", queued.body.messages[0].messageId);

    // Assess
    expect(message?.body).toContain("https://salon.example/book");
  });

  it("refuses a booking page that is not an http(s) URL, naming the field", async () => {
    const api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));

    const response = await api
      .as("studio-a")
      .patch("/studio", { settings: { messaging: { bookingUrl: "javascript:alert(1)" } } });

    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].field).toBe("settings.messaging.bookingUrl");
  });
});
