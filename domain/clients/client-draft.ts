import type { Gender, PostalAddress } from "../model/client";

/** What staff enter on a client card; everything but the name may stay empty. */
export interface ClientDraft {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  address: PostalAddress;
  gender: Gender;
  notes: string;
  tags: string[];
  referralSource: string | null;
  clientSince: string | null;
}
