import type { Channel, ConsentEvidence, Purpose } from "../messaging/consent";
import type { Dependencies } from "../ports/dependencies";
import { readUnsubscribeLink } from "./unsubscribe-link";
import { withdrawConsent } from "./withdraw-consent";

export interface Unsubscribed {
  studio: { name: string; locale: string };
  channel: Channel;
  purpose: Purpose;
  /** False when the consent was withdrawn already and nothing was written. */
  withdrawn: boolean;
}

/**
 * A client confirms on the page of a message's signed link (or their mail client posts RFC 8058's
 * one-click): the consent the token names is withdrawn at once. Tokens are read by `readUnsubscribeLink`.
 */
export const unsubscribe =
  (deps: Pick<Dependencies, "studios" | "clients" | "consents" | "clock" | "newId">, secret: string) =>
  async (
    token: string,
    evidence: Pick<ConsentEvidence, "ipAddress" | "userAgent">,
  ): Promise<Unsubscribed> => {
    const { claims, studio } = await readUnsubscribeLink(deps, secret)(token);
    const entry = await withdrawConsent(deps)(claims.studioId, claims.clientId, {
      channel: claims.channel,
      purpose: claims.purpose,
      source: "unsubscribe_link",
      evidence: { text: null, ipAddress: evidence.ipAddress, userAgent: evidence.userAgent },
    });
    return {
      studio,
      channel: claims.channel,
      purpose: claims.purpose,
      withdrawn: entry !== null,
    };
  };
