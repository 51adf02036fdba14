import { RebookError } from "../errors";
import { type UnsubscribeClaims, verifyUnsubscribeToken } from "../messaging/unsubscribe-token";
import type { Dependencies } from "../ports/dependencies";

/** A verified unsubscribe link: the consent it names, and the studio as the link's pages show it. */
export interface UnsubscribeLink {
  claims: UnsubscribeClaims;
  studio: { name: string; locale: string };
}

const foreign = (reason: string) =>
  new RebookError("UNSUBSCRIBE.INVALID_TOKEN", `invalid unsubscribe token: ${reason}`);

/**
 * Reads the signed token of an unsubscribe link. A forged or altered token fails verification; a token that
 * names a studio or client that does not exist (or no longer pairs up) is refused the same way, with 400.
 */
export const readUnsubscribeLink =
  (deps: Pick<Dependencies, "studios" | "clients">, secret: string) =>
  async (token: string): Promise<UnsubscribeLink> => {
    const claims = verifyUnsubscribeToken(token, secret);
    const [studio, client] = await Promise.all([
      deps.studios.get(claims.studioId),
      deps.clients.get(claims.studioId, claims.clientId),
    ]);
    if (studio === null || client === null) throw foreign("it names no client of a studio");
    return { claims, studio: { name: studio.name, locale: studio.locale } };
  };
