import * as z from "zod/mini";

/** SES event publishing (any event type proves SES accepted the mail); the message id travels as a tag. */
const sesEventSchema = z.object({
  eventType: z.string(),
  mail: z.object({
    messageId: z.string(),
    timestamp: z.string(),
    tags: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
});

/** End User Messaging SMS configuration-set events; the message id travels in the context. */
const smsEventSchema = z.object({
  eventType: z.string(),
  messageId: z.string(),
  eventTimestamp: z.number(),
  context: z.optional(z.record(z.string(), z.string())),
});

export interface DeliveryReceipt {
  /** The outbox message id. */
  messageId: string;
  providerMessageId: string;
  at: string;
}

/** The receipt a provider event carries, or null when it names no outbox message (e.g. mail sent by hand). */
export const receiptOf = (event: unknown): DeliveryReceipt | null => {
  const ses = sesEventSchema.safeParse(event);
  const sesMessageId = ses.success ? ses.data.mail.tags?.messageId?.[0] : undefined;
  if (ses.success && sesMessageId !== undefined) {
    return {
      messageId: sesMessageId,
      providerMessageId: ses.data.mail.messageId,
      at: ses.data.mail.timestamp,
    };
  }
  const sms = smsEventSchema.safeParse(event);
  const smsMessageId = sms.success ? sms.data.context?.messageId : undefined;
  if (sms.success && smsMessageId !== undefined) {
    return {
      messageId: smsMessageId,
      providerMessageId: sms.data.messageId,
      at: new Date(sms.data.eventTimestamp).toISOString(),
    };
  }
  return null;
};
