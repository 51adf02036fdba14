import type { ClientDraft } from "../clients/client-draft";

/** What a client gives online (booking or joining the waitlist): the card a studio did not have yet. */
export const onlineClientDraft = (given: {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string;
  referralSource: string;
}): ClientDraft => ({
  firstName: given.firstName,
  lastName: given.lastName,
  email: given.email?.toLowerCase() ?? null,
  phone: given.phone,
  birthday: null,
  address: { street: null, postcode: null, city: null },
  gender: "unspecified",
  notes: "",
  tags: [],
  referralSource: given.referralSource,
  profession: null,
  education: null,
  taxCode: null,
  invoiceCodes: { pec: null, sdi: null },
  language: null,
  clientSince: null,
});
