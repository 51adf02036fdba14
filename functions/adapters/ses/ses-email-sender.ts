import {
  MessageRejected,
  type SESv2Client,
  SendEmailCommand,
  type SendEmailCommandInput,
} from "@aws-sdk/client-sesv2";
import { RebookError } from "../../../domain/errors";
import type { EmailSender, OutgoingEmail } from "../../../domain/ports/message-providers";

export interface SesEmailSettings {
  /** Verified sender, e.g. "Rebook <hello@mail.rebook.example>". */
  fromAddress: string;
  /** Its event destination publishes SEND, DELIVERY, BOUNCE and COMPLAINT: the receipts and suppressions. */
  configurationSetName: string;
}

/** SES refuses these for good: retrying cannot help. */
const PERMANENT = new Set([
  "MessageRejected",
  "MailFromDomainNotVerifiedException",
  "AccountSuspendedException",
  "BadRequestException",
]);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Plain paragraphs, escaped; the unsubscribe URL (already in the text, as the footer line) becomes a link. */
export const emailHtml = (text: string, unsubscribeUrl: string | null): string => {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  if (unsubscribeUrl === null) return paragraphs;
  const link = escapeHtml(unsubscribeUrl);
  return paragraphs.split(link).join(`<a href="${link}">${link}</a>`);
};

/** Tag values allow letters, digits, `_ - . @`; ids are kept to those. */
const tagValue = (value: string): string => value.replace(/[^A-Za-z0-9_\-.@]/g, "_");

export const sendEmailInput = (email: OutgoingEmail, settings: SesEmailSettings): SendEmailCommandInput => ({
  FromEmailAddress: settings.fromAddress,
  Destination: { ToAddresses: [email.to] },
  ConfigurationSetName: settings.configurationSetName,
  EmailTags: [
    { Name: "messageId", Value: tagValue(email.messageId) },
    { Name: "studioId", Value: tagValue(email.studioId) },
    { Name: "clientId", Value: tagValue(email.clientId) },
  ],
  Content: {
    Simple: {
      Subject: { Data: email.subject, Charset: "UTF-8" },
      Body: {
        Text: { Data: email.text, Charset: "UTF-8" },
        Html: { Data: emailHtml(email.text, email.unsubscribeUrl), Charset: "UTF-8" },
      },
      ...(email.unsubscribeUrl === null
        ? {}
        : {
            // RFC 8058 one-click: mailbox providers POST "List-Unsubscribe=One-Click" to the URL.
            Headers: [
              { Name: "List-Unsubscribe", Value: `<${email.unsubscribeUrl}>` },
              { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
            ],
          }),
    },
  },
});

/** Sends through SES v2 with the configuration set and the message id as a tag (see docs/messaging.md). */
export const sesEmailSender = (client: SESv2Client, settings: SesEmailSettings): EmailSender => ({
  async send(email) {
    try {
      const { MessageId } = await client.send(new SendEmailCommand(sendEmailInput(email, settings)));
      if (MessageId === undefined) throw new Error("SES accepted the email without a message id");
      return { providerMessageId: MessageId };
    } catch (error) {
      if (error instanceof MessageRejected || (error instanceof Error && PERMANENT.has(error.name))) {
        throw new RebookError("MESSAGE.REJECTED", `SES refused the email: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
  },
});
