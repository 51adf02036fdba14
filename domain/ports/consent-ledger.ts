import type { Client } from "../model/client";
import type { Channel, ConsentEntry } from "../model/consent";

/** A client's append-only consent ledger, plus the addresses that bounced, complained or answered STOP. */
export interface ConsentLedger {
  /** Every entry of the client, oldest first. */
  entries(studioId: string, clientId: string): Promise<ConsentEntry[]>;
  /**
   * Appends an entry together with the client's card at its next version (its consent as the ledger now
   * adds up), only over the version read: of two entries racing, one is written and the other re-reads.
   * Entries are never changed or removed (the ledger is the studio's proof).
   */
  append(entry: ConsentEntry, client: Client): Promise<void>;
  /**
   * GDPR erasure, the one change an entry may see: blanks the IP address and user agent of the client's
   * entries. What was consented to, when, how and with which text shown stays, as proof.
   */
  eraseEvidence(studioId: string, clientId: string): Promise<void>;
  /** True if the address (lower-cased email or E.164 number) must receive nothing: bounce, complaint, STOP. */
  isSuppressed(channel: Channel, address: string): Promise<boolean>;
  /** Records the suppression under the address's keyed hash: it outlives the client without keeping the address. */
  suppress(channel: Channel, address: string, reason: string, at: string): Promise<void>;
}
