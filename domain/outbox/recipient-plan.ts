import { type Channel, type ConsentEntry, mayReceive, type Purpose } from "../messaging/consent";
import type { Client } from "../model/client";
import type { ChannelPolicy, SkipReason } from "./outbox-message";

export interface RecipientFacts {
  /** Null when the client does not exist in the studio. */
  client: Client | null;
  consents: readonly ConsentEntry[];
  /** Whether the client's address on each channel is suppressed (bounce, complaint, STOP). */
  suppressed: Record<Channel, boolean>;
}

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

/** Why a client cannot get a message on a channel, or null if they can. Checked in this order. */
export const skipReasonFor = (
  facts: RecipientFacts,
  channel: Channel,
  purpose: Purpose,
): SkipReason | null => {
  const { client } = facts;
  if (client === null) return "CLIENT_NOT_FOUND";
  if (client.erasedAt !== null) return "CLIENT_ERASED";
  if (addressOf(client, channel) === null) return channel === "email" ? "NO_EMAIL" : "NO_PHONE";
  if (!mayReceive(facts.consents, channel, purpose)) return "NO_CONSENT";
  if (facts.suppressed[channel]) return "SUPPRESSED";
  return null;
};

const planned = (facts: RecipientFacts, channel: Channel, purpose: Purpose): PlannedMessage => {
  const skipReason = skipReasonFor(facts, channel, purpose);
  return {
    channel,
    skipReason,
    address: facts.client === null ? null : addressOf(facts.client, channel),
  };
};

/**
 * The messages a policy gives one client: one per channel used. `sms_else_email` sends SMS when it can,
 * else email; when neither can be sent both are recorded as skipped, each with its reason.
 */
export const planRecipient = (
  facts: RecipientFacts,
  policy: ChannelPolicy,
  purpose: Purpose,
): PlannedMessage[] => {
  switch (policy) {
    case "email":
    case "sms":
      return [planned(facts, policy, purpose)];
    case "both":
      return [planned(facts, "email", purpose), planned(facts, "sms", purpose)];
    case "sms_else_email": {
      const sms = planned(facts, "sms", purpose);
      if (sms.skipReason === null) return [sms];
      const email = planned(facts, "email", purpose);
      return email.skipReason === null ? [email] : [sms, email];
    }
  }
};
