import { describe, expect, it } from "vitest";
import { type ConsentEntry, currentConsent } from "../../../domain/messaging/consent";
import type { Client } from "../../../domain/model/client";
import { planRecipient } from "../../../domain/outbox/recipient-plan";
import { aClient } from "../../fakes/client-builder";

const client = aClient;

const granted = (channel: "email" | "sms", granted = true, at = "2025-01-01T00:00:00Z"): ConsentEntry => ({
  id: `${channel}-${at}`,
  studioId: "s1",
  clientId: "c1",
  channel,
  purpose: "marketing",
  granted,
  at,
  source: "booking_form",
  evidence: { text: null, ipAddress: null, userAgent: null },
});

interface Facts {
  client: Client | null;
  consents: ConsentEntry[];
  suppressed: Record<"email" | "sms", boolean>;
}

/** The card as planning sees it: its consent is what its ledger adds up to, its suppression as recorded. */
const facts = (overrides: Partial<Facts> = {}): Client | null => {
  const {
    client: card,
    consents,
    suppressed,
  }: Facts = {
    client: client(),
    consents: [granted("email"), granted("sms")],
    suppressed: { email: false, sms: false },
    ...overrides,
  };
  return card === null ? null : { ...card, consent: currentConsent(consents), suppressed };
};

describe("planning a recipient's messages", () => {
  it("sends marketing on each consented channel, to the lower-cased email and the E.164 number", () => {
    expect(planRecipient(facts(), "both", "marketing")).toEqual([
      { channel: "email", skipReason: null, address: "lotte@example.com" },
      { channel: "sms", skipReason: null, address: "+31612345678" },
    ]);
  });

  it.each([
    ["CLIENT_NOT_FOUND", facts({ client: null })],
    ["CLIENT_ERASED", facts({ client: client({ erasedAt: "2025-02-01T00:00:00Z" }) })],
    ["NO_EMAIL", facts({ client: client({ email: null }) })],
    ["NO_CONSENT", facts({ consents: [] })],
    ["NO_CONSENT", facts({ consents: [granted("email"), granted("email", false, "2025-03-01T00:00:00Z")] })],
    ["SUPPRESSED", facts({ suppressed: { email: true, sms: false } })],
  ])("skips marketing email with %s", (reason, recipient) => {
    expect(planRecipient(recipient, "email", "marketing")[0]?.skipReason).toBe(reason);
  });

  it("sends transactional messages without a ledger entry, but never to a suppressed address", () => {
    expect(planRecipient(facts({ consents: [] }), "sms", "transactional")[0]?.skipReason).toBeNull();
    expect(
      planRecipient(facts({ suppressed: { email: false, sms: true } }), "sms", "transactional")[0]
        ?.skipReason,
    ).toBe("SUPPRESSED");
  });

  it("falls back from SMS to email only when the SMS cannot go, and records both reasons when neither can", () => {
    expect(planRecipient(facts(), "sms_else_email", "marketing").map((m) => m.channel)).toEqual(["sms"]);
    expect(planRecipient(facts({ client: client({ phone: null }) }), "sms_else_email", "marketing")).toEqual([
      { channel: "email", skipReason: null, address: "lotte@example.com" },
    ]);
    expect(
      planRecipient(
        facts({ client: client({ phone: null }), consents: [] }),
        "sms_else_email",
        "marketing",
      ).map((m) => [m.channel, m.skipReason]),
    ).toEqual([
      ["sms", "NO_PHONE"],
      ["email", "NO_CONSENT"],
    ]);
  });

  it("takes a landline for no SMS address: sms_else_email sends email, sms records NO_PHONE", () => {
    const landline = client({ phone: "+493012345678", phoneKind: "other" });

    const elseEmail = planRecipient(facts({ client: landline }), "sms_else_email", "marketing");
    const smsOnly = planRecipient(facts({ client: landline }), "sms", "transactional");

    expect(elseEmail).toEqual([{ channel: "email", skipReason: null, address: "lotte@example.com" }]);
    expect(smsOnly).toEqual([{ channel: "sms", skipReason: "NO_PHONE", address: null }]);
  });
});
