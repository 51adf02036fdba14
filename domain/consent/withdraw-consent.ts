import { loadClient } from "../clients/load-client";
import {
  type Channel,
  type ConsentEntry,
  type ConsentEvidence,
  type ConsentSource,
  currentConsent,
  type Purpose,
} from "../messaging/consent";
import type { Dependencies } from "../ports/dependencies";

export interface Withdrawal {
  channel: Channel;
  purpose: Purpose;
  source: ConsentSource;
  evidence: ConsentEvidence;
}

const isWithdrawn = (entries: readonly ConsentEntry[], channel: Channel, purpose: Purpose): boolean => {
  const state = currentConsent(entries)[channel][purpose];
  return state.since !== null && !state.granted;
};

/**
 * Withdraws consent on the client's own initiative (unsubscribe link, complaint), once: when the ledger's
 * latest entry for that consent is a withdrawal already, nothing is appended and null is returned.
 * An erased client gets no new entry either (it would hold new personal data); their messages stopped.
 */
export const withdrawConsent =
  ({ clients, consents, clock, newId }: Pick<Dependencies, "clients" | "consents" | "clock" | "newId">) =>
  async (studioId: string, clientId: string, withdrawal: Withdrawal): Promise<ConsentEntry | null> => {
    const client = await loadClient(clients, studioId, clientId);
    if (client.erasedAt !== null) return null;
    const entries = await consents.entries(studioId, clientId);
    if (isWithdrawn(entries, withdrawal.channel, withdrawal.purpose)) return null;
    const entry: ConsentEntry = {
      id: newId(),
      studioId,
      clientId,
      at: clock(),
      granted: false,
      ...withdrawal,
    };
    await consents.append(entry);
    return entry;
  };
