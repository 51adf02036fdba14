import {
  type PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
  type SendTextMessageCommandInput,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { RebookError } from "../../../domain/errors";
import type { OutgoingSms, SmsSender } from "../../../domain/ports/message-providers";

export interface SmsSettings {
  /** Phone number, sender id or pool the texts go out from. */
  originationIdentity: string;
  /** Its event destination publishes the text events that become receipts. */
  configurationSetName: string;
  /** A text not delivered within this many seconds is dropped by the carrier path: stale reminders help no one. */
  timeToLiveSeconds: number;
  /**
   * The protect configuration one-time codes go out under (AWS advises one per use case: codes are what SMS
   * pumping abuses); other texts use the configuration set's.
   */
  codeProtectConfigurationId: string | null;
}

/** End User Messaging SMS refuses these for good (bad number, opted out, blocked country). */
const PERMANENT = new Set(["ValidationException", "ConflictException", "ResourceNotFoundException"]);

export const sendTextMessageInput = (
  sms: OutgoingSms,
  settings: SmsSettings,
): SendTextMessageCommandInput => ({
  DestinationPhoneNumber: sms.to,
  OriginationIdentity: settings.originationIdentity,
  MessageBody: sms.body,
  MessageType: sms.purpose === "marketing" ? "PROMOTIONAL" : "TRANSACTIONAL",
  ConfigurationSetName: settings.configurationSetName,
  Context: { messageId: sms.messageId, studioId: sms.studioId, clientId: sms.clientId },
  TimeToLive: settings.timeToLiveSeconds,
  ...(sms.templatePurpose === "tan_code" && settings.codeProtectConfigurationId !== null
    ? { ProtectConfigurationId: settings.codeProtectConfigurationId }
    : {}),
});

export const smsSender = (client: PinpointSMSVoiceV2Client, settings: SmsSettings): SmsSender => ({
  async send(sms) {
    try {
      const { MessageId } = await client.send(
        new SendTextMessageCommand(sendTextMessageInput(sms, settings)),
      );
      if (MessageId === undefined) throw new Error("SMS accepted the text without a message id");
      return { providerMessageId: MessageId };
    } catch (error) {
      if (error instanceof Error && PERMANENT.has(error.name)) {
        throw new RebookError("MESSAGE.REJECTED", `SMS refused the text: ${error.message}`, { cause: error });
      }
      throw error;
    }
  },
});
