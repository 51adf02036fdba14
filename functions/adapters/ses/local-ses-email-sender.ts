import type { SESv2Client } from "@aws-sdk/client-sesv2";
import type { Clock } from "../../../domain/ports/dependencies";
import type { EmailSender, ProviderReceipts } from "../../../domain/ports/message-providers";
import { type SesEmailSettings, sesEmailSender } from "./ses-email-sender";

/**
 * The real SES adapter pointed at the local emulator, which publishes no events: it records the receipt
 * the SES SEND event would have produced, so the sender reconciles locally as it does in the cloud.
 */
export const localSesEmailSender = (
  client: SESv2Client,
  settings: SesEmailSettings,
  receipts: ProviderReceipts,
  clock: Clock,
): EmailSender => {
  const ses = sesEmailSender(client, settings);
  return {
    async send(email) {
      const acceptance = await ses.send(email);
      await receipts.record(email.messageId, acceptance, clock());
      return acceptance;
    },
  };
};
