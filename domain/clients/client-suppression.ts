import type { Client } from "../model/client";
import type { Channel } from "../model/consent";
import type { ConsentLedger } from "../ports/consent-ledger";

/**
 * Whether the card's addresses are suppressed (bounced, complained, answered STOP), read when an address is
 * written: the card then shows it and nothing is sent to it, whichever studio the suppression came from.
 */
export const suppressionOf = async (
  consents: Pick<ConsentLedger, "isSuppressed">,
  contact: Pick<Client, "email" | "phone">,
): Promise<Record<Channel, boolean>> => {
  const [email, sms] = await Promise.all([
    contact.email === null ? false : consents.isSuppressed("email", contact.email.toLowerCase()),
    contact.phone === null ? false : consents.isSuppressed("sms", contact.phone),
  ]);
  return { email, sms };
};
