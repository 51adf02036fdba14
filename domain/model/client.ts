import type { Channel, CurrentConsent } from "./consent";
import type { Language } from "./language";

export type Gender = "female" | "male" | "diverse" | "unspecified";

/** Whether a phone number can take SMS: a mobile, or a number its country does not tell from one. */
export type PhoneKind = "mobile" | "other";

export interface PostalAddress {
  street: string | null;
  postcode: string | null;
  city: string | null;
}

export interface Client {
  id: string;
  studioId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  /** E.164, e.g. +4915112345678. */
  phone: string | null;
  /** Derived from `phone` whenever it is written; null without a phone. Only a mobile gets SMS. */
  phoneKind: PhoneKind | null;
  /** ISO date (YYYY-MM-DD). */
  birthday: string | null;
  address: PostalAddress;
  gender: Gender;
  notes: string;
  tags: string[];
  referralSource: string | null;
  /** The language of the messages the client gets; null = the studio's. */
  language: Language | null;
  /** ISO date (YYYY-MM-DD). */
  clientSince: string;
  blacklisted: boolean;
  onlineBookingBlocked: boolean;
  /** What the consent ledger adds up to, written with every ledger entry (the ledger stays the proof). */
  consent: CurrentConsent;
  /** Addresses that bounced, complained or answered STOP: nothing goes to them any more, from any studio. */
  suppressed: Record<Channel, boolean>;
  /** Set once the client's personal data was erased (GDPR Art. 17); the card keeps anonymous history. */
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
