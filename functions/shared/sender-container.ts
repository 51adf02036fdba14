import { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import type { SendDueMessagesDependencies, SenderSettings } from "../../domain/outbox/send-due-messages";
import { dynamoDbProviderReceipts } from "../adapters/dynamodb/provider-receipts";
import { localSesEmailSender } from "../adapters/ses/local-ses-email-sender";
import { sesEmailSender } from "../adapters/ses/ses-email-sender";
import { localSmsSink } from "../adapters/sms/local-sms-sink";
import { smsSender } from "../adapters/sms/sms-sender";
import { container } from "./container";
import { readMessagingEnvironment } from "./messaging-environment";
import { systemClock } from "./system-clock";

/** A text older than this is not worth delivering (a reminder after the appointment helps no one). */
const SMS_TIME_TO_LIVE_SECONDS = 4 * 3600;

/**
 * The sender's wiring, built once per cold start: SES and SMS in the cloud; with SES_ENDPOINT the SES
 * emulator, with SMS_SINK_FILE the local SMS sink, both recording receipts as the providers' events would.
 */
export const senderContainer = async (): Promise<{
  deps: SendDueMessagesDependencies;
  settings: SenderSettings;
}> => {
  const { ctx, deps: shared } = await container();
  const messaging = readMessagingEnvironment();
  const receipts = dynamoDbProviderReceipts(ctx);
  const clock = systemClock;
  const sesSettings = {
    fromAddress: messaging.SES_FROM_ADDRESS,
    configurationSetName: messaging.SES_CONFIGURATION_SET,
  };
  const smsSettings = {
    originationIdentity: messaging.SMS_ORIGINATION_IDENTITY,
    configurationSetName: messaging.SMS_CONFIGURATION_SET,
    timeToLiveSeconds: SMS_TIME_TO_LIVE_SECONDS,
  };
  const email =
    messaging.SES_ENDPOINT === undefined
      ? sesEmailSender(new SESv2Client({}), sesSettings)
      : localSesEmailSender(
          new SESv2Client({
            endpoint: messaging.SES_ENDPOINT,
            region: "local",
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }),
          sesSettings,
          receipts,
          clock,
        );
  const sms =
    messaging.SMS_SINK_FILE === undefined
      ? smsSender(new PinpointSMSVoiceV2Client({}), smsSettings)
      : localSmsSink(messaging.SMS_SINK_FILE, smsSettings, receipts, clock);
  return {
    deps: {
      outbox: shared.outbox,
      consents: shared.consents,
      receipts,
      email,
      sms,
      clock,
      newId: () => crypto.randomUUID(),
    },
    settings: {
      perRun: { email: messaging.EMAIL_PER_MINUTE, sms: messaging.SMS_PER_MINUTE },
      leaseSeconds: 300,
      maxAttempts: 6,
      retryBaseSeconds: 120,
      concurrency: 8,
    },
  };
};
