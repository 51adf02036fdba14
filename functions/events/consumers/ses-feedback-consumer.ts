import { recordEmailFeedback } from "../../../domain/consent/record-email-feedback";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { SES_RECIPIENT_TAGS, type SesFeedback, sesFeedbackSchema } from "../../../events/ses-feedback";
import { logger } from "../../shared/observability";
import { snsConsumer } from "../../shared/sns-consumer";

const recipientOf = (tags: Record<string, string[]> | undefined) => {
  const studioId = tags?.[SES_RECIPIENT_TAGS.studioId]?.[0];
  const clientId = tags?.[SES_RECIPIENT_TAGS.clientId]?.[0];
  return studioId === undefined || clientId === undefined ? null : { studioId, clientId };
};

/** Permanent bounces and complaints suppress the address; a complaint also withdraws email marketing. */
export const sesFeedbackConsumer = (deps: Pick<Dependencies, "clients" | "consents" | "clock" | "newId">) => {
  const record = recordEmailFeedback(deps);
  return snsConsumer(logger, sesFeedbackSchema, async (event: SesFeedback) => {
    if (event.eventType === "Bounce" && event.bounce.bounceType === "Permanent") {
      await record({
        kind: "permanent_bounce",
        addresses: event.bounce.bouncedRecipients.map((recipient) => recipient.emailAddress),
        at: new Date(event.bounce.timestamp).toISOString(),
        recipient: recipientOf(event.mail.tags),
      });
    } else if (event.eventType === "Complaint") {
      await record({
        kind: "complaint",
        addresses: event.complaint.complainedRecipients.map((recipient) => recipient.emailAddress),
        at: new Date(event.complaint.timestamp).toISOString(),
        recipient: recipientOf(event.mail.tags),
      });
    }
  });
};
