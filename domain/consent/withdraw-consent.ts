import { loadClient } from "../clients/load-client";
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
 * latest entry for that consent is a withdrawal already, nothing is appended and null is returned. The entry
 * is written over the card's version read, so the same link clicked many times at once writes one entry.
 * An erased client gets no new entry either (it would hold new personal data); their messages stopped.
 */
export const withdrawConsent =
  ({ clients, consents, clock, newId }: Pick<Dependencies, "clients" | "consents" | "clock" | "newId">) =>
  (studioId: string, clientId: string, withdrawal: Withdrawal): Promise<ConsentEntry | null> =>
    retryOnConcurrentUpdate(async () => {
      const [client, entries] = await Promise.all([
        loadClient(clients, studioId, clientId),
        consents.entries(studioId, clientId),
      ]);
      if (client.erasedAt !== null || isWithdrawn(entries, withdrawal.channel, withdrawal.purpose))
        return null;
      const at = clock();
      const entry: ConsentEntry = { id: newId(), studioId, clientId, at, granted: false, ...withdrawal };
      await consents.append(entry, revised(client, { consent: currentConsent([...entries, entry]) }, at));
      return entry;
    }, WITHDRAWAL_ATTEMPTS);

/** Every click of a link that raced another gets through: each retry finds the withdrawal already there. */
const WITHDRAWAL_ATTEMPTS = 10;
