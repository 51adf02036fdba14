/** A card with a birthday, as the birthday index finds it. */
export interface BornOn {
  studioId: string;
  clientId: string;
}

export interface BirthdayStore {
  /** Every card, across studios, whose birthday falls on a month and day (`MM-DD`), a page at a time. */
  bornOn(monthDay: string): AsyncIterable<BornOn[]>;
  /** Whether the client's greeting of the year is done. */
  greeted(studioId: string, clientId: string, year: string): Promise<boolean>;
  /** Records the client's greeting of the year, once: false when it was recorded already. */
  markGreeted(studioId: string, clientId: string, year: string): Promise<boolean>;
}
