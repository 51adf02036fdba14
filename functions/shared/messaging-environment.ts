import * as z from "zod/mini";

const positive = z.coerce.number().check(z.int(), z.positive());

/** Messages per minute and channel one studio's send request is released at: large sends are spread, so studios share. */
const sendRatesSchema = z.object({
  EMAIL_PER_MINUTE: z._default(positive, 60),
  SMS_PER_MINUTE: z._default(positive, 30),
});

const smsEnvironmentSchema = z.object({
  SMS_ORIGINATION_IDENTITY: z.string().check(z.minLength(1)),
  SMS_CONFIGURATION_SET: z.string().check(z.minLength(1)),
  /** Texts per second the origination identity takes (long code outside the US 10, 10DLC 1, toll-free 3, short code 100). */
  SMS_PER_SECOND: z._default(positive, 10),
  /** The protect configuration one-time codes go out under; unset locally. */
  SMS_CODE_PROTECT_CONFIGURATION_ID: z.optional(z.string().check(z.minLength(1))),
  /** Local only: the file the SMS sink appends to instead of sending. */
  SMS_SINK_FILE: z.optional(z.string().check(z.minLength(1))),
});

const messagingEnvironmentSchema = z.extend(z.extend(sendRatesSchema, smsEnvironmentSchema.shape), {
  SES_FROM_ADDRESS: z.string().check(z.minLength(3)),
  SES_CONFIGURATION_SET: z.string().check(z.minLength(1)),
  /** Mails per second; in the cloud left out: the sender asks SES for the account's rate. */
  EMAIL_PER_SECOND: z.optional(positive),
  /** Local only: the SES v2 emulator. */
  SES_ENDPOINT: z.optional(z.url()),
});

export type MessagingEnvironment = z.infer<typeof messagingEnvironmentSchema>;
export type SmsEnvironment = z.infer<typeof smsEnvironmentSchema>;

const read =
  <S extends z.ZodMiniType>(schema: S) =>
  (source: NodeJS.ProcessEnv = process.env): z.output<S> => {
    const parsed = schema.safeParse(source);
    if (!parsed.success) throw new Error(`invalid messaging environment: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  };

export const readMessagingEnvironment = read(messagingEnvironmentSchema);
/** The SMS side alone, for the functions that send one-time codes themselves. */
export const readSmsEnvironment = read(smsEnvironmentSchema);

/** The send rates alone, for the functions that queue messages but do not send them. */
export const readSendRates = (source: NodeJS.ProcessEnv = process.env): { email: number; sms: number } => {
  const parsed = sendRatesSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid messaging environment: ${z.prettifyError(parsed.error)}`);
  return { email: parsed.data.EMAIL_PER_MINUTE, sms: parsed.data.SMS_PER_MINUTE };
};
