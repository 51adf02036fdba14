import * as z from "zod";

const positive = z.coerce.number().int().positive();

/** Messages per minute and channel one studio's send request is released at: large sends are spread, so studios share. */
const sendRatesSchema = z.object({
  EMAIL_PER_MINUTE: positive.default(60),
  SMS_PER_MINUTE: positive.default(30),
});

const messagingEnvironmentSchema = sendRatesSchema.extend({
  SES_FROM_ADDRESS: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1),
  SMS_ORIGINATION_IDENTITY: z.string().min(1),
  SMS_CONFIGURATION_SET: z.string().min(1),
  /** Texts per second the origination identity takes (long code outside the US 10, 10DLC 1, toll-free 3, short code 100). */
  SMS_PER_SECOND: positive.default(10),
  /** Mails per second; in the cloud left out: the sender asks SES for the account's rate. */
  EMAIL_PER_SECOND: positive.optional(),
  /** Local only: the SES v2 emulator, and the file the SMS sink appends to instead of sending. */
  SES_ENDPOINT: z.url().optional(),
  SMS_SINK_FILE: z.string().min(1).optional(),
});

export type MessagingEnvironment = z.infer<typeof messagingEnvironmentSchema>;

export const readMessagingEnvironment = (source: NodeJS.ProcessEnv = process.env): MessagingEnvironment => {
  const parsed = messagingEnvironmentSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid messaging environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

/** The send rates alone, for the functions that queue messages but do not send them. */
export const readSendRates = (source: NodeJS.ProcessEnv = process.env): { email: number; sms: number } => {
  const parsed = sendRatesSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid messaging environment: ${z.prettifyError(parsed.error)}`);
  return { email: parsed.data.EMAIL_PER_MINUTE, sms: parsed.data.SMS_PER_MINUTE };
};
