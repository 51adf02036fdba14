import { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import type { SendDueMessagesDependencies, SenderSettings } from "../../domain/outbox/send-due-messages";
import { recordFirstSent } from "../../domain/reconnect/record-first-sent";
import { dynamoDbProviderReceipts } from "../adapters/dynamodb/provider-receipts";
import { localSesEmailSender } from "../adapters/ses/local-ses-email-sender";
import { sesEmailSender } from "../adapters/ses/ses-email-sender";
import { sesSendRate } from "../adapters/ses/ses-send-rate";
import { localSmsSink } from "../adapters/sms/local-sms-sink";
import { smsSender } from "../adapters/sms/sms-sender";
import { container } from "./container";
import { readMessagingEnvironment } from "./messaging-environment";
import { systemClock } from "./system-clock";

/** A text older than this is not worth delivering (a reminder after the appointment helps no one). */
const SMS_TIME_TO_LIVE_SECONDS = 4 * 3600;
/** Seconds of a run spent sending: the one-minute schedule and the 50 s timeout keep runs apart. */
const SENDING_SECONDS = 40;
/** Provider calls end well within a lease (300 s), so a lease never expires under a call still running. */
const providerClientOptions = {
  maxAttempts: 2,
  requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 },
};

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
  const ses = new SESv2Client(
    messaging.SES_ENDPOINT === undefined
      ? providerClientOptions
      : {
          ...providerClientOptions,
          endpoint: messaging.SES_ENDPOINT,
          region: "local",
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        },
  );
  const email =
    messaging.SES_ENDPOINT === undefined
      ? sesEmailSender(ses, sesSettings)
      : localSesEmailSender(ses, sesSettings, receipts, clock);
  const sms =
    messaging.SMS_SINK_FILE === undefined
      ? smsSender(new PinpointSMSVoiceV2Client(providerClientOptions), smsSettings)
      : localSmsSink(messaging.SMS_SINK_FILE, smsSettings, receipts, clock);
  // The channels' rates are the account's: SES says its own; the SMS rate is the origination identity's.
  const perSecond = {
    email: messaging.EMAIL_PER_SECOND ?? (await sesSendRate(ses)),
    sms: messaging.SMS_PER_SECOND,
  };
  return {
    deps: {
      outbox: shared.outbox,
      clients: shared.clients,
      consents: shared.consents,
      receipts,
      email,
      sms,
      clock,
      newId: () => crypto.randomUUID(),
      pause: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
      afterSent: recordFirstSent(shared),
    },
    settings: {
      perSecond,
      perRun: { email: perSecond.email * SENDING_SECONDS, sms: perSecond.sms * SENDING_SECONDS },
      leaseSeconds: 300,
      maxAttempts: 6,
      retryBaseSeconds: 120,
      concurrency: 16,
    },
  };
};
