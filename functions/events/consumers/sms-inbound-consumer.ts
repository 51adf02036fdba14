import { recordSmsReply } from "../../../domain/consent/record-sms-reply";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { smsInboundSchema } from "../../../events/sms-inbound";
import { countOutcome, logger } from "../../shared/observability";
import { snsConsumer } from "../../shared/sns-consumer";

/** Replies to Rebook's numbers: STOP and its siblings suppress the sender's number for SMS. */
export const smsInboundConsumer = (deps: Pick<Dependencies, "clients" | "consents" | "clock">) => {
  const record = recordSmsReply(deps);
  return snsConsumer(logger, smsInboundSchema, async (reply, publishedAt) => {
    const optedOut = await record({
      from: reply.originationNumber,
      body: reply.messageBody,
      at: publishedAt,
    });
    if (!optedOut) return;
    logger.info("a number opted out of SMS", { inboundMessageId: reply.inboundMessageId });
    countOutcome("Unsubscribe", "sms_stop");
  });
};
