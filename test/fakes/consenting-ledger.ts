import { CHANNELS, type ConsentEntry } from "../../domain/messaging/consent";
import type { SendDueMessagesDependencies } from "../../domain/outbox/send-due-messages";

/** A ledger in which every client consented to marketing on every channel and nothing is suppressed. */
export const consentingLedger: SendDueMessagesDependencies["consents"] = {
  entries: async (studioId, clientId) =>
    CHANNELS.map(
      (channel): ConsentEntry => ({
        id: `grant-${channel}`,
        studioId,
        clientId,
        channel,
        purpose: "marketing",
        granted: true,
        at: "2020-01-01T00:00:00.000Z",
        source: "booking_form",
        evidence: { text: null, ipAddress: null, userAgent: null },
      }),
    ),
  isSuppressed: async () => false,
};
