import * as z from "zod/mini";

/** The SNS topic SES publishes bounce and complaint events to (the configuration set's event destination). */
export const SES_FEEDBACK_TOPIC = "ses-feedback";

/** Message tags a sender sets on `SendEmail` so feedback finds the client; SES hands them back in `mail.tags`. */
export const SES_RECIPIENT_TAGS = { studioId: "studioId", clientId: "clientId" } as const;

const recipients = z
  .array(z.object({ emailAddress: z.string().check(z.minLength(3)) }))
  .check(z.minLength(1));

const mail = z.object({
  messageId: z.string(),
  tags: z.optional(z.record(z.string(), z.array(z.string()))),
});

const bounceEvent = z.object({
  eventType: z.literal("Bounce"),
  mail,
  bounce: z.object({
    bounceType: z.enum(["Permanent", "Transient", "Undetermined"]),
    bouncedRecipients: recipients,
    timestamp: z.iso.datetime({ offset: true }),
  }),
});

const complaintEvent = z.object({
  eventType: z.literal("Complaint"),
  mail,
  complaint: z.object({
    complainedRecipients: recipients,
    timestamp: z.iso.datetime({ offset: true }),
  }),
});

/** Events the same destination may carry that say nothing about an address's fitness. */
const otherEvent = z.object({
  eventType: z.enum([
    "Send",
    "Delivery",
    "Reject",
    "Open",
    "Click",
    "Rendering Failure",
    "DeliveryDelay",
    "Subscription",
  ]),
});

/**
 * An SES event as published to SNS. Configuration-set event destinations name the kind `eventType`;
 * identity notifications name it `notificationType`: both are read.
 */
export const sesFeedbackSchema = z.pipe(
  z.transform((value: unknown) =>
    typeof value === "object" && value !== null && "notificationType" in value && !("eventType" in value)
      ? { ...value, eventType: value.notificationType }
      : value,
  ),
  z.discriminatedUnion("eventType", [bounceEvent, complaintEvent, otherEvent]),
);

export type SesFeedback = z.infer<typeof sesFeedbackSchema>;
