import { loadActiveClient } from "../clients/load-client";
import {
  type Channel,
  type ConsentEntry,
  type ConsentEvidence,
  type ConsentSource,
  currentConsent,
  type Purpose,
} from "../messaging/consent";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";

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
  (studioId: string, clientId: string, declaration: ConsentDeclaration): Promise<ConsentEntry> =>
    retryOnConcurrentUpdate(async () => {
      const [client, entries] = await Promise.all([
        loadActiveClient(clients, studioId, clientId),
        consents.entries(studioId, clientId),
      ]);
      const at = clock();
      const entry: ConsentEntry = { id: newId(), studioId, clientId, at, ...declaration };
      await consents.append(entry, revised(client, { consent: currentConsent([...entries, entry]) }, at));
      return entry;
    });
