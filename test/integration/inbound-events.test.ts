import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { SNSEvent } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { sesFeedbackConsumer } from "../../functions/events/consumers/ses-feedback-consumer";
import { smsInboundConsumer } from "../../functions/events/consumers/sms-inbound-consumer";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

const snsEvent = (message: unknown): SNSEvent =>
  ({
    Records: [
      {
        Sns: {
          MessageId: "sns-1",
          Timestamp: "2026-11-23T12:00:00.000Z",
          Message: typeof message === "string" ? message : JSON.stringify(message),
        },
      },
    ],
  }) as SNSEvent;

const sesEvent = (eventType: "Bounce" | "Complaint", address: string, tags?: Record<string, string[]>) => ({
  eventType,
  mail: { messageId: "ses-1", ...(tags === undefined ? {} : { tags }) },
  ...(eventType === "Bounce"
    ? {
        bounce: {
          bounceType: "Permanent",
          bouncedRecipients: [{ emailAddress: address }],
          timestamp: "2026-11-23T11:59:00.000Z",
        },
      }
    : {
        complaint: {
          complainedRecipients: [{ emailAddress: address }],
          timestamp: "2026-11-23T11:59:00.000Z",
        },
      }),
});

describe("inbound message feedback", () => {
  let api: ApiHarness;
  let clientId: string;
  const allItems = async () =>
    (await api.documentClient.send(new ScanCommand({ TableName: api.tableName, ConsistentRead: true })))
      .Items ?? [];

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    clientId = (
      await api
        .as("studio-a")
        .post("/clients", { firstName: "Mia", lastName: "Berg", email: "mia@example.de" })
    ).body.id;
    await api.as("studio-a").post(`/clients/${clientId}/consents`, {
      channel: "email",
      purpose: "marketing",
      granted: true,
      source: "paper_form",
    });
  });

  it("suppresses an address that bounced permanently", async () => {
    await sesFeedbackConsumer(api.deps)(snsEvent(sesEvent("Bounce", "Gone@Example.de")));

    expect(await api.deps.consents.isSuppressed("email", "gone@example.de")).toBe(true);
  });

  it("suppresses a complaining address and withdraws the tagged client's email marketing, once", async () => {
    const complaint = snsEvent(
      sesEvent("Complaint", "mia@example.de", { studioId: ["studio-a"], clientId: [clientId] }),
    );

    api.setNow("2026-11-23T12:00:00.000Z");
    await sesFeedbackConsumer(api.deps)(complaint);
    await sesFeedbackConsumer(api.deps)(complaint);

    expect(await api.deps.consents.isSuppressed("email", "mia@example.de")).toBe(true);
    const withdrawals = (await api.deps.consents.entries("studio-a", clientId)).filter(
      (entry) => !entry.granted,
    );
    expect(withdrawals).toEqual([expect.objectContaining({ channel: "email", source: "email_complaint" })]);
  });

  it("suppresses a number that replied STOP, in any case and its sibling keywords", async () => {
    const reply = (from: string, body: string) =>
      snsEvent({
        originationNumber: from,
        destinationNumber: "+4915790000000",
        messageBody: body,
        inboundMessageId: `in-${from}`,
      });

    await smsInboundConsumer(api.deps)(reply("+4915111111111", " stopp "));
    await smsInboundConsumer(api.deps)(reply("+4915122222222", "Abmelden"));
    await smsInboundConsumer(api.deps)(reply("+4915133333333", "See you tomorrow"));

    expect(await api.deps.consents.isSuppressed("sms", "+4915111111111")).toBe(true);
    expect(await api.deps.consents.isSuppressed("sms", "+4915122222222")).toBe(true);
    expect(await api.deps.consents.isSuppressed("sms", "+4915133333333")).toBe(false);
  });

  it("drops malformed messages and messages naming an unknown client without failing", async () => {
    const before = await allItems();

    await sesFeedbackConsumer(api.deps)(snsEvent("{not json"));
    await sesFeedbackConsumer(api.deps)(snsEvent({ eventType: "Bounce", mail: { messageId: "x" } }));
    await smsInboundConsumer(api.deps)(snsEvent({ originationNumber: "STOP", messageBody: "STOP" }));

    expect(await allItems()).toEqual(before);
  });

  it("rethrows an unknown failure so Lambda retries and dead-letters the event", async () => {
    const failing = {
      ...api.deps,
      consents: {
        ...api.deps.consents,
        suppress: () => Promise.reject(new Error("throttled")),
      },
    };

    await expect(sesFeedbackConsumer(failing)(snsEvent(sesEvent("Bounce", "x@example.de")))).rejects.toThrow(
      "throttled",
    );
  });
});
