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

/** Codes Italian e-invoicing needs: the certified mail address (PEC) and the recipient code (SDI). */
export interface InvoiceCodes {
  pec: string | null;
  sdi: string | null;
}

/**
 * Weight and height, kept apart from the card: health-adjacent data (GDPR Art. 9) that only owners and managers
 * may read, kept only with the studio's reason for it (e.g. dosing a treatment).
 */
export interface BodyMeasurements {
  studioId: string;
  clientId: string;
  weightKg: number | null;
  heightCm: number | null;
  /** Why the studio keeps them; shown with them on the card. */
  purpose: string;
  updatedAt: string;
  version: number;
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
  /** The studio's client groups the client belongs to (set through the groups' member routes). */
  groupIds: string[];
  referralSource: string | null;
  profession: string | null;
  education: string | null;
  /** For invoices: a tax or fiscal code as the client's country writes it. */
  taxCode: string | null;
  invoiceCodes: InvoiceCodes;
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
