import type { Channel, ConsentEntry, ConsentState, CurrentConsent, Purpose } from "../model/consent";

export {
  CHANNELS,
  type Channel,
  type ConsentEntry,
  type ConsentEvidence,
  type ConsentSource,
  type ConsentState,
  type CurrentConsent,
  PURPOSES,
  type Purpose,
} from "../model/consent";

/**
 * Without an entry, marketing is not allowed (it needs consent) and transactional messages are:
 * confirmations, reminders, TAN codes and no-show notices rest on the booking contract.
 */
const NO_ENTRY: Record<Purpose, ConsentState> = {
  marketing: { granted: false, since: null, source: null },
  transactional: { granted: true, since: null, source: null },
};

/** Orders entries by instant (not by string, offsets may differ); equal instants by id. */
const isLater = (candidate: ConsentEntry, current: ConsentEntry): boolean => {
  const difference = Date.parse(candidate.at) - Date.parse(current.at);
  return difference !== 0 ? difference > 0 : candidate.id > current.id;
};

/** Derives a client's consent per channel and purpose from their ledger, in any order: the latest entry wins. */
export const currentConsent = (entries: readonly ConsentEntry[]): CurrentConsent => {
  const latest = new Map<string, ConsentEntry>();
  for (const entry of entries) {
    const key = `${entry.channel}/${entry.purpose}`;
    const current = latest.get(key);
    if (current === undefined || isLater(entry, current)) latest.set(key, entry);
  }
  const stateOf = (channel: Channel, purpose: Purpose): ConsentState => {
    const entry = latest.get(`${channel}/${purpose}`);
    return entry === undefined
      ? { ...NO_ENTRY[purpose] }
      : { granted: entry.granted, since: entry.at, source: entry.source };
  };
  return {
    email: { marketing: stateOf("email", "marketing"), transactional: stateOf("email", "transactional") },
    sms: { marketing: stateOf("sms", "marketing"), transactional: stateOf("sms", "transactional") },
  };
};

/**
 * Whether the ledger allows a message. Transactional messages are always allowed here: a recorded
 * transactional withdrawal is kept and shown, but only a suppressed address (bounce, complaint,
 * carrier opt-out list) stops them, and that is checked against the address, not the ledger.
 */
export const mayReceive = (entries: readonly ConsentEntry[], channel: Channel, purpose: Purpose): boolean =>
  purpose === "transactional" || currentConsent(entries)[channel].marketing.granted;
