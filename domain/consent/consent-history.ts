import { loadClient } from "../clients/load-client";
import { currentConsent } from "../messaging/consent";
import type { Dependencies } from "../ports/dependencies";

/** A client's consent ledger, oldest first, with the state it adds up to. */
export const consentHistory =
  ({ clients, consents }: Pick<Dependencies, "clients" | "consents">) =>
  async (studioId: string, clientId: string) => {
    await loadClient(clients, studioId, clientId);
    const entries = await consents.entries(studioId, clientId);
    return { current: currentConsent(entries), entries };
  };
