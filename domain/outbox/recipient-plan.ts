import type { Client } from "../model/client";
import type { Channel, ChannelPolicy, Purpose } from "../model/consent";
import type { SkipReason } from "../model/outbox-message";

export interface PlannedMessage {
  channel: Channel;
  /** Null when the message can be sent; otherwise why it is recorded as skipped. */
  skipReason: SkipReason | null;
  address: string | null;
}

/** Where a message on the channel goes; a landline is no SMS address. */
export const addressOf = (client: Client, channel: Channel): string | null => {
  if (channel === "email") return client.email?.toLowerCase() ?? null;
  return client.phoneKind === "mobile" ? client.phone : null;
};

/**
 * Why a client (null: not a client of the studio) cannot get a message on a channel, or null if they can,
 * checked in this order. Marketing needs the channel's current consent; transactional messages rest on the
 * booking contract. A suppressed address gets neither. The card carries all of it (consent and
 * suppression are kept on it as they change), so planning reads nothing else.
 */
export const skipReasonFor = (
  client: Client | null,
  channel: Channel,
  purpose: Purpose,
): SkipReason | null => {
  if (client === null) return "CLIENT_NOT_FOUND";
  if (client.erasedAt !== null) return "CLIENT_ERASED";
  if (addressOf(client, channel) === null) return channel === "email" ? "NO_EMAIL" : "NO_PHONE";
  if (purpose === "marketing" && !client.consent[channel].marketing.granted) return "NO_CONSENT";
  if (client.suppressed[channel]) return "SUPPRESSED";
  return null;
};

const planned = (client: Client | null, channel: Channel, purpose: Purpose): PlannedMessage => ({
  channel,
  skipReason: skipReasonFor(client, channel, purpose),
  address: client === null ? null : addressOf(client, channel),
});

/**
 * The messages a policy gives one client: one per channel used. `sms_else_email` sends SMS when it can,
 * else email; when neither can be sent both are recorded as skipped, each with its reason.
 */
export const planRecipient = (
  client: Client | null,
  policy: ChannelPolicy,
  purpose: Purpose,
): PlannedMessage[] => {
  switch (policy) {
    case "email":
    case "sms":
      return [planned(client, policy, purpose)];
    case "both":
      return [planned(client, "email", purpose), planned(client, "sms", purpose)];
    case "sms_else_email": {
      const sms = planned(client, "sms", purpose);
      if (sms.skipReason === null) return [sms];
      const email = planned(client, "email", purpose);
      return email.skipReason === null ? [email] : [sms, email];
    }
  }
};
