import type { Channel, ConsentEntry } from "../messaging/consent";

/** A client's append-only consent ledger, plus the addresses that bounced or complained. */
export interface ConsentLedger {
  /** Every entry of the client, oldest first. */
  entries(studioId: string, clientId: string): Promise<ConsentEntry[]>;
  /** Appends an entry; entries are never changed or removed (the ledger is the studio's proof). */
  append(entry: ConsentEntry): Promise<void>;
  /**
   * GDPR erasure, the one change an entry may see: blanks the IP address and user agent of the client's
   * entries. What was consented to, when, how and with which text shown stays, as proof.
   */
  eraseEvidence(studioId: string, clientId: string): Promise<void>;
  /** True if the address (lower-cased email or E.164 number) must receive nothing: bounce, complaint, STOP. */
  isSuppressed(channel: Channel, address: string): Promise<boolean>;
  suppress(channel: Channel, address: string, reason: string, at: string): Promise<void>;
}
