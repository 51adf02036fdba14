export type Gender = "female" | "male" | "diverse" | "unspecified";

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
  /** ISO date (YYYY-MM-DD). */
  birthday: string | null;
  address: PostalAddress;
  gender: Gender;
  notes: string;
  tags: string[];
  referralSource: string | null;
  /** ISO date (YYYY-MM-DD). */
  clientSince: string;
  blacklisted: boolean;
  onlineBookingBlocked: boolean;
  /** Set once the client's personal data was erased (GDPR Art. 17); the card keeps anonymous history. */
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
