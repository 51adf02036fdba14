import * as z from "zod";

const positive = z.coerce.number().int().positive();

const messagingEnvironmentSchema = z.object({
  SES_FROM_ADDRESS: z.string().min(3),
  SES_CONFIGURATION_SET: z.string().min(1),
  SMS_ORIGINATION_IDENTITY: z.string().min(1),
  SMS_CONFIGURATION_SET: z.string().min(1),
  /** Messages per minute and channel: what the sender sends per one-minute run. */
  EMAIL_PER_MINUTE: positive.default(60),
  SMS_PER_MINUTE: positive.default(30),
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
