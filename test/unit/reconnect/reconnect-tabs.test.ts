import { describe, expect, it } from "vitest";
import { type ConsentEntry, currentConsent } from "../../../domain/messaging/consent";
import type { Client } from "../../../domain/model/client";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { tabOf, unreachableReasons } from "../../../domain/reconnect/reconnect-tabs";
import { emptyRhythm } from "../../../domain/rhythm/visit-rhythm-rules";

const aClient = (overrides: Partial<Client> = {}) =>
  ({
    id: "client-1",
    studioId: "studio-1",
    firstName: "Eva",
    lastName: "Kowalska",
    email: null,
    phone: "+4915110000001",
    phoneKind: "mobile",
    erasedAt: null,
    ...overrides,
  }) as Client;

const consent = (channel: "sms" | "email", granted: boolean, at: string): ConsentEntry => ({
  id: `${channel}-${at}`,
  studioId: "studio-1",
  clientId: "client-1",
  channel,
  purpose: "marketing",
  granted,
  at,
  source: "paper_form",
  evidence: { text: null, ipAddress: null, userAgent: null },
});

/** The card as planning sees it: its consent is what its ledger adds up to. */
const facts = (client: Client | null, consents: ConsentEntry[], suppressed = { email: false, sms: false }) =>
  client === null ? null : { ...client, consent: currentConsent(consents), suppressed };

const overdue = (reconnect: VisitRhythm["reconnect"] = null): VisitRhythm => ({
  ...emptyRhythm("studio-1", "client-1", "hair"),
  overdueSince: "2026-04-10T08:00:00.000Z",
  reconnect,
});

const state = (overrides = {}) => ({
  excluded: false,
  firstQueuedAt: null,
  firstSentAt: "2026-04-11T08:00:00.000Z",
  followUpAt: "2026-04-25T08:00:00.000Z",
  followUpSentAt: null,
  windowEndsAt: "2026-07-10T08:00:00.000Z",
  cohortMonth: "2026-04",
  reconnectedAt: null,
  attributed: {},
  ...overrides,
});

describe("ReConnect tab classification", () => {
  it("finds a client with a mobile and SMS consent reachable under sms_else_email", () => {
    expect(
      unreachableReasons(facts(aClient(), [consent("sms", true, "2026-01-01T00:00:00Z")]), "sms_else_email"),
    ).toEqual([]);
  });

  it("falls back to email under sms_else_email", () => {
    // Prepare
    const client = aClient({ phone: null, email: "eva@example.com" });

    // Act + Assess
    expect(
      unreachableReasons(facts(client, [consent("email", true, "2026-01-01T00:00:00Z")]), "sms_else_email"),
    ).toEqual([]);
  });

  it("names what is missing on every channel the policy tries", () => {
    expect(unreachableReasons(facts(aClient({ phone: null }), []), "sms_else_email")).toEqual([
      "no_mobile",
      "no_email",
    ]);
    expect(unreachableReasons(facts(aClient(), []), "sms")).toEqual(["no_consent"]);
  });

  it("finds a client with only a landline without a mobile, however they consented to SMS", () => {
    // Prepare
    const client = aClient({ phone: "+493012345678", phoneKind: "other" });

    // Act
    const reasons = unreachableReasons(
      facts(client, [consent("sms", true, "2026-01-01T00:00:00Z")]),
      "sms_else_email",
    );

    // Assess
    expect(reasons).toEqual(["no_mobile", "no_email"]);
  });

  it("tells an unsubscribe (consent withdrawn) from consent never given, and a suppressed address", () => {
    // Prepare
    const withdrawn = [
      consent("sms", true, "2026-01-01T00:00:00Z"),
      consent("sms", false, "2026-02-01T00:00:00Z"),
    ];

    // Act + Assess
    expect(unreachableReasons(facts(aClient(), withdrawn), "sms")).toEqual(["unsubscribed"]);
    expect(
      unreachableReasons(
        facts(aClient(), [consent("sms", true, "2026-01-01T00:00:00Z")], { email: false, sms: true }),
        "sms",
      ),
    ).toEqual(["suppressed"]);
  });

  it("puts each overdue client in exactly one tab", () => {
    const reachable = () => [];
    expect(tabOf(overdue(), reachable)).toBe("reachable");
    expect(tabOf(overdue(), () => ["no_mobile"])).toBe("unreachable");
    expect(tabOf(overdue(state({ firstSentAt: null, excluded: true })), reachable)).toBe("unreachable");
    expect(tabOf(overdue(state()), reachable)).toBe("first_sent");
    expect(tabOf(overdue(state({ followUpSentAt: "2026-04-25T08:00:00.000Z" })), reachable)).toBe(
      "second_sent",
    );
    // A message of an earlier overdue episode: the client may be contacted again.
    expect(tabOf(overdue(state({ firstSentAt: "2025-10-01T08:00:00.000Z" })), reachable)).toBe("reachable");
  });
});
