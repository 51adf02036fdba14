import type { Purpose } from "../model/consent";
import type { TemplatePurpose } from "../model/template";

export interface OutgoingEmail {
  /** Travels as an SES message tag, so the provider's SEND event names the outbox message. */
  messageId: string;
  studioId: string;
  clientId: string;
  to: string;
  subject: string;
  text: string;
  /** Marketing only: becomes List-Unsubscribe / List-Unsubscribe-Post headers and the footer link. */
  unsubscribeUrl: string | null;
}

export interface OutgoingSms {
  /** Travels in the SMS `Context`, so the configuration-set events name the outbox message. */
  messageId: string;
  studioId: string;
  clientId: string;
  to: string;
  body: string;
  purpose: Purpose;
  /** One-time codes travel under their own protect configuration. */
  templatePurpose: TemplatePurpose;
}

export interface ProviderAcceptance {
  providerMessageId: string;
}

/**
 * A provider call either resolves (accepted), throws MESSAGE.REJECTED (permanent: never retried), or
 * throws anything else (transient: retried, after reconciling through the receipts).
 */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<ProviderAcceptance>;
}

export interface SmsSender {
  send(sms: OutgoingSms): Promise<ProviderAcceptance>;
}

/** What the providers' delivery events told us: a message they accepted, by outbox message id. */
export interface ProviderReceipts {
  wasAccepted(messageId: string): Promise<ProviderAcceptance | null>;
  record(messageId: string, acceptance: ProviderAcceptance, at: string): Promise<void>;
}
