import { loadActiveClient } from "../clients/load-client";
import type { Channel, ConsentEntry, ConsentEvidence, ConsentSource, Purpose } from "../messaging/consent";
import type { Dependencies } from "../ports/dependencies";

export interface ConsentDeclaration {
  channel: Channel;
  purpose: Purpose;
  granted: boolean;
  source: ConsentSource;
  evidence: ConsentEvidence;
}

/** Staff record that a client gave or withdrew consent (booking form, paper form, in person). */
export const recordConsent =
  ({ clients, consents, clock, newId }: Pick<Dependencies, "clients" | "consents" | "clock" | "newId">) =>
  async (studioId: string, clientId: string, declaration: ConsentDeclaration): Promise<ConsentEntry> => {
    await loadActiveClient(clients, studioId, clientId);
    const entry: ConsentEntry = { id: newId(), studioId, clientId, at: clock(), ...declaration };
    await consents.append(entry);
    return entry;
  };
