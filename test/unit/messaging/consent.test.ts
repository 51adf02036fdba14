import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHANNELS,
  type Channel,
  type ConsentEntry,
  type ConsentSource,
  currentConsent,
  mayReceive,
  PURPOSES,
  type Purpose,
} from "../../../domain/messaging/consent";

const anEntry = (overrides: Partial<ConsentEntry> & Pick<ConsentEntry, "id" | "at">): ConsentEntry => ({
  studioId: "studio-1",
  clientId: "client-1",
  channel: "sms",
  purpose: "marketing",
  granted: true,
  source: "booking_form",
  evidence: { text: "Yes, send me offers by SMS.", ipAddress: "203.0.113.7", userAgent: "Mozilla/5.0" },
  ...overrides,
});

describe("currentConsent", () => {
  it("grants no marketing and allows transactional messages for a client without entries", () => {
    // Prepare / Act
    const consent = currentConsent([]);

    // Assess
    for (const channel of CHANNELS) {
      expect(consent[channel].marketing).toEqual({ granted: false, since: null, source: null });
      expect(consent[channel].transactional).toEqual({ granted: true, since: null, source: null });
    }
  });

  it("follows a grant, a withdrawal and a re-grant, whatever order the ledger is read in", () => {
    // Prepare
    const granted = anEntry({ id: "e1", at: "2026-01-10T09:00:00.000Z", source: "booking_form" });
    const withdrawn = anEntry({
      id: "e2",
      at: "2026-02-01T18:30:00.000Z",
      granted: false,
      source: "sms_stop",
    });
    const regranted = anEntry({ id: "e3", at: "2026-03-05T11:00:00.000Z", source: "paper_form" });

    // Act
    const afterGrant = currentConsent([granted]).sms.marketing;
    const afterWithdrawal = currentConsent([withdrawn, granted]).sms.marketing;
    const afterRegrant = currentConsent([regranted, granted, withdrawn]).sms.marketing;

    // Assess
    expect(afterGrant).toEqual({ granted: true, since: "2026-01-10T09:00:00.000Z", source: "booking_form" });
    expect(afterWithdrawal).toEqual({
      granted: false,
      since: "2026-02-01T18:30:00.000Z",
      source: "sms_stop",
    });
    expect(afterRegrant).toEqual({ granted: true, since: "2026-03-05T11:00:00.000Z", source: "paper_form" });
  });

  it("keeps channels and purposes apart", () => {
    // Prepare
    const entries = [
      anEntry({ id: "e1", at: "2026-01-10T09:00:00.000Z", channel: "email" }),
      anEntry({ id: "e2", at: "2026-01-11T09:00:00.000Z", channel: "sms", granted: false, source: "staff" }),
    ];

    // Act
    const consent = currentConsent(entries);

    // Assess
    expect(consent.email.marketing.granted).toBe(true);
    expect(consent.sms.marketing.granted).toBe(false);
    expect(consent.email.transactional.since).toBeNull();
  });

  it("orders by instant, not by the text of the timestamp", () => {
    // Prepare: 10:30+02:00 is 08:30Z, earlier than 09:00Z although it sorts later as text
    const withdrawal = anEntry({
      id: "e1",
      at: "2026-05-01T09:00:00Z",
      granted: false,
      source: "unsubscribe_link",
    });
    const earlierGrant = anEntry({ id: "e2", at: "2026-05-01T10:30:00+02:00" });

    // Act
    const consent = currentConsent([withdrawal, earlierGrant]);

    // Assess
    expect(consent.sms.marketing.granted).toBe(false);
  });

  it("breaks a tie between entries of the same instant by id", () => {
    // Prepare
    const at = "2026-05-01T09:00:00.000Z";
    const entries = [
      anEntry({ id: "01B", at, granted: false, source: "email_complaint" }),
      anEntry({ id: "01A", at, granted: true }),
    ];

    // Act
    const consent = currentConsent(entries);

    // Assess
    expect(consent.sms.marketing).toMatchObject({ granted: false, source: "email_complaint" });
    expect(currentConsent([...entries].reverse()).sms.marketing.granted).toBe(false);
  });
});

describe("mayReceive", () => {
  it("needs marketing consent for marketing but none for transactional messages", () => {
    // Prepare
    const withdrawnEverything = [
      anEntry({ id: "e1", at: "2026-01-10T09:00:00.000Z", channel: "email", granted: false }),
      anEntry({
        id: "e2",
        at: "2026-01-10T09:00:00.000Z",
        channel: "email",
        purpose: "transactional",
        granted: false,
        source: "staff",
      }),
    ];

    // Act / Assess
    expect(mayReceive([], "email", "marketing")).toBe(false);
    expect(mayReceive(withdrawnEverything, "email", "marketing")).toBe(false);
    expect(mayReceive([], "sms", "transactional")).toBe(true);
    expect(mayReceive(withdrawnEverything, "email", "transactional")).toBe(true);
  });

  it("allows marketing exactly when the latest entry for that channel grants it", () => {
    const sources: ConsentSource[] = [
      "booking_form",
      "paper_form",
      "unsubscribe_link",
      "sms_stop",
      "staff",
      "email_complaint",
    ];
    // Few instants and ids, written with varying offsets, so that ties and text-versus-time orders occur.
    const offsets = ["Z", "+02:00", "-05:00"];
    const entryArbitrary = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      minute: fc.integer({ min: 0, max: 40 }),
      offset: fc.constantFrom(...offsets),
      channel: fc.constantFrom<Channel>(...CHANNELS),
      purpose: fc.constantFrom<Purpose>(...PURPOSES),
      granted: fc.boolean(),
      source: fc.constantFrom(...sources),
    });
    const toIso = (minute: number, offset: string): string => {
      const instant = Date.UTC(2026, 4, 1, 9, minute);
      const shift = offset === "Z" ? 0 : Number(offset.slice(0, 3)) * 60;
      const local = new Date(instant + shift * 60_000).toISOString().slice(0, 19);
      return `${local}${offset}`;
    };

    fc.assert(
      fc.property(
        fc.uniqueArray(entryArbitrary, { selector: (entry) => entry.id, maxLength: 25 }),
        fc.constantFrom<Channel>(...CHANNELS),
        (generated, channel) => {
          // Prepare
          const entries = generated.map((entry) =>
            anEntry({ ...entry, at: toIso(entry.minute, entry.offset) }),
          );
          const relevant = generated
            .filter((entry) => entry.channel === channel && entry.purpose === "marketing")
            .sort((a, b) => a.minute - b.minute || (a.id < b.id ? -1 : 1));
          const expected = relevant.length > 0 && relevant[relevant.length - 1]!.granted;

          // Act
          const allowed = mayReceive(entries, channel, "marketing");

          // Assess
          expect(allowed).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
