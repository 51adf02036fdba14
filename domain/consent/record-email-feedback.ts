import type { Dependencies } from "../ports/dependencies";
import { suppressAddress } from "./suppress-address";
import { withdrawConsent } from "./withdraw-consent";

export interface EmailFeedback {
  kind: "permanent_bounce" | "complaint";
  /** The recipients that bounced or complained. */
  addresses: string[];
  /** ISO 8601 instant of the bounce or complaint. */
  at: string;
  /** The client the message went to, when the message's tags name them. */
  recipient: { studioId: string; clientId: string } | null;
}

/**
 * A permanent bounce or a complaint suppresses the address for every studio: it is a property of the
 * address. A complaint also withdraws the named client's email marketing consent in the ledger, once.
 * The address is suppressed first, so it holds even when the client named in the tags is unknown.
 */
export const recordEmailFeedback =
  (deps: Pick<Dependencies, "clients" | "consents" | "clock" | "newId">) =>
  async (feedback: EmailFeedback): Promise<void> => {
    for (const address of feedback.addresses) {
      await suppressAddress(deps)("email", address.toLowerCase(), feedback.kind, feedback.at);
    }
    if (feedback.kind !== "complaint" || feedback.recipient === null) return;
    await withdrawConsent(deps)(feedback.recipient.studioId, feedback.recipient.clientId, {
      channel: "email",
      purpose: "marketing",
      source: "email_complaint",
      evidence: { text: null, ipAddress: null, userAgent: null },
    });
  };
