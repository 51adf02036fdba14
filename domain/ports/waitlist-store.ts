import type { AppointmentNotice } from "../model/appointment-notice";
import type { WaitlistEntry, WaitlistOffer } from "../model/waitlist";
import type { AppointmentChange } from "./appointment-store";

export interface WaitlistStore {
  /** Strongly consistent. */
  entry(studioId: string, entryId: string): Promise<WaitlistEntry | null>;
  /** The studio's entries still waiting, first in line first. */
  waiting(studioId: string): Promise<WaitlistEntry[]>;
  /** Writes the entry at its version (CONCURRENT_UPDATE when another write came first). */
  saveEntry(entry: WaitlistEntry): Promise<void>;
  /** Strongly consistent. */
  offer(studioId: string, offerId: string): Promise<WaitlistOffer | null>;
  /** Strongly consistent: the offers whose ids start with `prefix` (one freed slot's). */
  offersWithPrefix(studioId: string, prefix: string): Promise<WaitlistOffer[]>;
  /** Writes a new offer; one with the same id already stored stays as it is (a retried run). */
  addOffer(offer: WaitlistOffer): Promise<void>;
  /**
   * Plans a freed slot's next round of offers: its notice again, due when the round's offers close. A notice
   * a later change of the appointment planned (another version) stays as it is.
   */
  planNextRound(notice: AppointmentNotice): Promise<void>;
  /**
   * The booking an accept makes, the offer accepted and the entry booked, in one transaction guarded by
   * versions: CONCURRENT_UPDATE when any of them (the staff day above all) was written meanwhile.
   */
  accept(accepted: { change: AppointmentChange; offer: WaitlistOffer; entry: WaitlistEntry }): Promise<void>;
}
