import { randomUUID } from "node:crypto";
import type { Channel } from "../../../domain/model/consent";
import { sendDueMessages } from "../../../domain/outbox/send-due-messages";
import type { Clock, Dependencies } from "../../../domain/ports/dependencies";
import type { EmailSender, SmsSender } from "../../../domain/ports/message-providers";
import { recordFirstSent } from "../../../domain/reconnect/record-first-sent";
import { dynamoDbProviderReceipts } from "../../../functions/adapters/dynamodb/provider-receipts";
import type { TableContext } from "../../../functions/adapters/dynamodb/table-context";

/** Production rates: SES's default production rate (14 mails/s) and a long code's 10 texts/s. */
export const PER_SECOND: Record<Channel, number> = { email: 14, sms: 10 };
/** Seconds of a run spent sending, as the sender container sets it. */
const SENDING_SECONDS = 40;

/**
 * The sender as `senderContainer` wires it (real outbox, cards, ledger, receipts and ReConnect's record of
 * the first send), with providers that accept every message and count how often each was sent.
 */
export const benchSender = (
  ctx: TableContext,
  deps: Pick<Dependencies, "outbox" | "clients" | "consents" | "reconnect" | "appointments">,
  clock: Clock,
) => {
  const accepted = new Map<string, number>();
  const sentAt: Record<Channel, number[]> = { email: [], sms: [] };
  const provider = (channel: Channel) => ({
    async send({ messageId }: { messageId: string }) {
      accepted.set(messageId, (accepted.get(messageId) ?? 0) + 1);
      sentAt[channel].push(Date.parse(clock()));
      return { providerMessageId: `fake-${messageId}` };
    },
  });
  const send = sendDueMessages(
    {
      outbox: deps.outbox,
      clients: deps.clients,
      consents: deps.consents,
      appointments: deps.appointments,
      receipts: dynamoDbProviderReceipts(ctx),
      email: provider("email") as EmailSender,
      sms: provider("sms") as SmsSender,
      clock,
      newId: randomUUID,
      pause: async () => {},
      afterSent: recordFirstSent(deps),
    },
    {
      perSecond: PER_SECOND,
      perRun: { email: PER_SECOND.email * SENDING_SECONDS, sms: PER_SECOND.sms * SENDING_SECONDS },
      leaseSeconds: 300,
      maxAttempts: 6,
      retryBaseSeconds: 120,
      concurrency: 16,
    },
  );
  return { send, accepted, sentAt };
};
