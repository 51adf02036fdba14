import { RebookError } from "../errors";
import type { Channel, ConsentEvidence, Purpose } from "../messaging/consent";
import { verifyUnsubscribeToken } from "../messaging/unsubscribe-token";
import type { Dependencies } from "../ports/dependencies";
import { withdrawConsent } from "./withdraw-consent";

export interface Unsubscribed {
  studio: { name: string; locale: string };
  channel: Channel;
  purpose: Purpose;
  /** False when the consent was withdrawn already and nothing was written. */
  withdrawn: boolean;
}

const foreign = (reason: string) =>
  new RebookError("UNSUBSCRIBE.INVALID_TOKEN", `invalid unsubscribe token: ${reason}`);

/**
 * A client follows the signed link of a message (or their mail client posts RFC 8058's one-click): the
 * consent the token names is withdrawn at once. A forged or altered token fails verification; a token that
 * names a studio or client that does not exist (or no longer pairs up) is refused the same way, with 400.
 */
export const unsubscribe =
  (deps: Pick<Dependencies, "studios" | "clients" | "consents" | "clock" | "newId">, secret: string) =>
  async (
    token: string,
    evidence: Pick<ConsentEvidence, "ipAddress" | "userAgent">,
  ): Promise<Unsubscribed> => {
    const claims = verifyUnsubscribeToken(token, secret);
    const [studio, client] = await Promise.all([
      deps.studios.get(claims.studioId),
      deps.clients.get(claims.studioId, claims.clientId),
    ]);
    if (studio === null || client === null) throw foreign("it names no client of a studio");
    const entry = await withdrawConsent(deps)(claims.studioId, claims.clientId, {
      channel: claims.channel,
      purpose: claims.purpose,
      source: "unsubscribe_link",
      evidence: { text: null, ...evidence },
    });
    return {
      studio: { name: studio.name, locale: studio.locale },
      channel: claims.channel,
      purpose: claims.purpose,
      withdrawn: entry !== null,
    };
  };
