import * as z from "zod";

/** The SNS topic End User Messaging SMS publishes two-way replies to. */
export const SMS_INBOUND_TOPIC = "sms-inbound";

/** An inbound SMS as End User Messaging SMS publishes it to SNS. */
export const smsInboundSchema = z.object({
  originationNumber: z.string().regex(/^\+[1-9]\d{4,14}$/, "must be E.164"),
  destinationNumber: z.string().min(1),
  messageKeyword: z.string().optional(),
  messageBody: z.string(),
  inboundMessageId: z.string().min(1),
  previousPublishedMessageId: z.string().optional(),
});

export type SmsInbound = z.infer<typeof smsInboundSchema>;
