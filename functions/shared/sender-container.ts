import { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import {
  type SendDueMessagesDependencies,
  type SenderSettings,
  sendMessageNow,
} from "../../domain/outbox/send-due-messages";
import type { EmailSender, ProviderReceipts } from "../../domain/ports/message-providers";
import type { SendNow } from "../../domain/ports/outbox";
import { recordFirstSent } from "../../domain/reconnect/record-first-sent";
import { dynamoDbAppointmentStore } from "../adapters/dynamodb/appointment-store";
import { dynamoDbClientRepository } from "../adapters/dynamodb/client-repository";
import { dynamoDbConsentLedger } from "../adapters/dynamodb/consent-ledger";
import { dynamoDbOutbox } from "../adapters/dynamodb/outbox-store";
import { dynamoDbProviderReceipts } from "../adapters/dynamodb/provider-receipts";
import { dynamoDbReconnectStore } from "../adapters/dynamodb/reconnect-store";
import { localSesEmailSender } from "../adapters/ses/local-ses-email-sender";
import { sesEmailSender } from "../adapters/ses/ses-email-sender";
import { sesSendRate } from "../adapters/ses/ses-send-rate";
import { localSmsSink } from "../adapters/sms/local-sms-sink";
import { smsSender } from "../adapters/sms/sms-sender";
import { readMessagingEnvironment, readSmsEnvironment, type SmsEnvironment } from "./messaging-environment";
import { systemClock } from "./system-clock";
import { tableContainer } from "./table-container";

/** A text older than this is not worth delivering (a reminder after the appointment helps no one). */
const SMS_TIME_TO_LIVE_SECONDS = 4 * 3600;
/** Seconds of a run spent sending: the one-minute schedule and the 50 s timeout keep runs apart. */
const SENDING_SECONDS = 40;
/** Provider calls end well within a lease (300 s), so a lease never expires under a call still running. */
const providerClientOptions = {
  maxAttempts: 2,
  requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 },
};
const LEASES = { leaseSeconds: 300, maxAttempts: 6, retryBaseSeconds: 120, concurrency: 16 };

/** SMS in the cloud; with SMS_SINK_FILE the local sink, recording receipts as the provider's events would. */
const smsSenderOf = (sms: SmsEnvironment, receipts: ProviderReceipts) => {
  const settings = {
    originationIdentity: sms.SMS_ORIGINATION_IDENTITY,
    configurationSetName: sms.SMS_CONFIGURATION_SET,
    timeToLiveSeconds: SMS_TIME_TO_LIVE_SECONDS,
    codeProtectConfigurationId: sms.SMS_CODE_PROTECT_CONFIGURATION_ID ?? null,
  };
  return sms.SMS_SINK_FILE === undefined
    ? smsSender(new PinpointSMSVoiceV2Client(providerClientOptions), settings)
    : localSmsSink(sms.SMS_SINK_FILE, settings, receipts, systemClock);
};

/** The sender's dependencies but the providers, shared by its runs and by `codeSender`. */
const senderBase = async () => {
  const { ctx } = await tableContainer();
  const receipts = dynamoDbProviderReceipts(ctx);
  return {
    receipts,
    base: {
      outbox: dynamoDbOutbox(ctx),
      clients: dynamoDbClientRepository(ctx),
      consents: dynamoDbConsentLedger(ctx),
      appointments: dynamoDbAppointmentStore(ctx),
      receipts,
      clock: systemClock,
      newId: () => crypto.randomUUID(),
      pause: (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)),
      afterSent: recordFirstSent({ reconnect: dynamoDbReconnectStore(ctx) }),
    },
  };
};

/**
 * The sender's wiring, built once per cold start: SES and SMS in the cloud; with SES_ENDPOINT the SES
 * emulator, with SMS_SINK_FILE the local SMS sink, both recording receipts as the providers' events would.
 */
export const senderContainer = async (): Promise<{
  deps: SendDueMessagesDependencies;
  settings: SenderSettings;
}> => {
  const messaging = readMessagingEnvironment();
  const { receipts, base } = await senderBase();
  const sesSettings = {
    fromAddress: messaging.SES_FROM_ADDRESS,
    configurationSetName: messaging.SES_CONFIGURATION_SET,
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
      : localSesEmailSender(ses, sesSettings, receipts, systemClock);
  // The channels' rates are the account's: SES says its own; the SMS rate is the origination identity's.
  const perSecond = {
    email: messaging.EMAIL_PER_SECOND ?? (await sesSendRate(ses)),
    sms: messaging.SMS_PER_SECOND,
  };
  return {
    deps: { ...base, email, sms: smsSenderOf(messaging, receipts) },
    settings: {
      perSecond,
      perRun: { email: perSecond.email * SENDING_SECONDS, sms: perSecond.sms * SENDING_SECONDS },
      ...LEASES,
    },
  };
};

/** One-time codes go by SMS only: a code message is never an email. */
const noEmail: EmailSender = {
  send: async () => {
    throw new Error("one-time codes are sent by SMS only");
  },
};

/** Sends a one-time code at once, under a lease like the sender's (which sends it instead if this fails). */
export const codeSender = async (): Promise<SendNow> => {
  const sms = readSmsEnvironment();
  const { receipts, base } = await senderBase();
  return sendMessageNow(
    { ...base, email: noEmail, sms: smsSenderOf(sms, receipts) },
    {
      perSecond: { email: 1, sms: sms.SMS_PER_SECOND },
      perRun: { email: 0, sms: 1 },
      ...LEASES,
    },
  );
};
