import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHANNELS,
  type Channel,
  type ConsentEntry,
  currentConsent,
  PURPOSES,
} from "../../../domain/messaging/consent";
import { planRecipient } from "../../../domain/outbox/recipient-plan";
import { aClient } from "../../fakes/client-builder";

const client = aClient({ id: "client-1", studioId: "studio-1", email: "mia@example.com" });

const consentEntry = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  purpose: fc.constantFrom(...PURPOSES),
  granted: fc.boolean(),
  minute: fc.integer({ min: 0, max: 50_000 }),
});

/** The truth, computed the simplest way: the latest marketing entry of the channel decides. */
const lastMarketingWord = (entries: ConsentEntry[], channel: Channel): boolean => {
  const relevant = entries
    .filter((entry) => entry.channel === channel && entry.purpose === "marketing")
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return relevant.at(-1)?.granted ?? false;
};

describe("no marketing message is planned without that channel's current consent", () => {
  it("holds for random consent histories, channel policies and suppressions", () => {
    fc.assert(
      fc.property(
        fc.array(consentEntry, { maxLength: 12 }),
        fc.constantFrom("email", "sms", "both", "sms_else_email" as const),
        fc.record({ email: fc.boolean(), sms: fc.boolean() }),
        (history, policy, suppressed) => {
          const entries: ConsentEntry[] = history.map((entry, index) => ({
            id: `entry-${String(index).padStart(2, "0")}`,
            studioId: client.studioId,
            clientId: client.id,
            channel: entry.channel,
            purpose: entry.purpose,
            granted: entry.granted,
            at: new Date(Date.UTC(2025, 0, 1) + entry.minute * 60_000).toISOString(),
            source: "staff",
            evidence: { text: null, ipAddress: null, userAgent: null },
          }));

          // The card's consent is what its ledger adds up to, written with every entry.
          const planned = planRecipient(
            { ...client, consent: currentConsent(entries), suppressed },
            policy,
            "marketing",
          );

          for (const message of planned.filter((candidate) => candidate.skipReason === null)) {
            expect(lastMarketingWord(entries, message.channel)).toBe(true);
            expect(suppressed[message.channel]).toBe(false);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
