import { currentConsent } from "../../domain/messaging/consent";
import type { Client } from "../../domain/model/client";

/** A complete client card with contact data on both channels; tests override what they are about. */
export const aClient = (overrides: Partial<Client> = {}): Client => ({
  id: "c1",
  studioId: "s1",
  firstName: "Lotte",
  lastName: "Jansen",
  email: "Lotte@Example.com",
  phone: "+31612345678",
  phoneKind: "mobile",
  birthday: null,
  address: { street: null, postcode: null, city: null },
  gender: "unspecified",
  notes: "",
  tags: [],
  referralSource: null,
  profession: null,
  education: null,
  taxCode: null,
  invoiceCodes: { pec: null, sdi: null },
  language: null,
  clientSince: "2024-01-01",
  blacklisted: false,
  onlineBookingBlocked: false,
  consent: currentConsent([]),
  suppressed: { email: false, sms: false },
  erasedAt: null,
  createdAt: "2024-01-01T00:00:00Z",
  updatedAt: "2024-01-01T00:00:00Z",
  version: 1,
  ...overrides,
});
