import * as z from "zod/mini";

/** The SNS topic End User Messaging SMS publishes two-way replies to. */
export const SMS_INBOUND_TOPIC = "sms-inbound";

/** An inbound SMS as End User Messaging SMS publishes it to SNS. */
export const smsInboundSchema = z.object({
  originationNumber: z.string().check(z.regex(/^\+[1-9]\d{4,14}$/, "must be E.164")),
  destinationNumber: z.string().check(z.minLength(1)),
  messageKeyword: z.optional(z.string()),
  messageBody: z.string(),
  inboundMessageId: z.string().check(z.minLength(1)),
  previousPublishedMessageId: z.optional(z.string()),
});

export type SmsInbound = z.infer<typeof smsInboundSchema>;
