import { RebookError } from "../errors";
import { type Channel, mayReceive } from "../messaging/consent";
import { isInSendWindow, nextSendTime } from "../messaging/send-windows";
import type { ConsentLedger } from "../ports/consent-ledger";
import type { Clock } from "../ports/dependencies";
import type {
  EmailSender,
  ProviderAcceptance,
  ProviderReceipts,
  SmsSender,
} from "../ports/message-providers";
import type { Outbox } from "../ports/outbox";
import { forEachBounded } from "./bounded-concurrency";
import type { OutboxMessage, SkipReason } from "./outbox-message";

export interface SenderSettings {
  /** Most messages one run sends per channel: the rate per minute times the minutes between runs. */
  perRun: Record<Channel, number>;
  /** How long a lease holds; must exceed a provider call plus the delay of its delivery event. */
  leaseSeconds: number;
  /** Provider calls before a message fails for good. */
  maxAttempts: number;
  /** Delay before the first retry, doubled per attempt (at most an hour); also ≥ the delivery-event delay. */
  retryBaseSeconds: number;
  /** Messages in flight at once. */
  concurrency: number;
}

export interface SendDueMessagesDependencies {
  outbox: Outbox;
  consents: Pick<ConsentLedger, "entries" | "isSuppressed">;
  receipts: ProviderReceipts;
  email: EmailSender;
  sms: SmsSender;
  clock: Clock;
  newId: () => string;
}

export interface SendRunResult {
  due: number;
  sent: number;
  /** Leases whose earlier attempt had reached the provider: marked sent without a second call. */
  reconciled: number;
  /** Released outside the send window (a late run): put back to the window's next opening. */
  postponed: number;
  retried: number;
  failed: number;
  /** Taken meanwhile by another run, or no longer due. */
  notLeased: number;
  /** Not sent after all: consent withdrawn or address suppressed after the message was queued. */
  withdrawn: number;
}

const MAX_RETRY_SECONDS = 3600;

const plusSeconds = (instant: string, seconds: number): string =>
  new Date(Date.parse(instant) + seconds * 1000).toISOString();

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Sends what is due, each message under a lease: queued → sending → sent | failed (or back to queued).
 * Never twice: a lease whose message had an earlier attempt first asks the receipts whether the provider
 * accepted it, and if so marks it sent without calling. Never lost: a run that dies leaves its leases to
 * expire, and an expired lease is due again. Provider errors other than MESSAGE.REJECTED are retried with
 * backoff; errors of the outbox itself propagate, so the run fails and its leases expire. See docs/messaging.md.
 */
export const sendDueMessages =
  (deps: SendDueMessagesDependencies, settings: SenderSettings) => async (): Promise<SendRunResult> => {
    const result: SendRunResult = {
      due: 0,
      sent: 0,
      reconciled: 0,
      postponed: 0,
      retried: 0,
      failed: 0,
      notLeased: 0,
      withdrawn: 0,
    };
    const callProvider = (message: OutboxMessage): Promise<ProviderAcceptance> =>
      message.channel === "email"
        ? deps.email.send({
            messageId: message.id,
            studioId: message.studioId,
            clientId: message.clientId,
            to: message.address!,
            subject: message.subject ?? "",
            text: message.body,
            unsubscribeUrl: message.unsubscribeUrl,
          })
        : deps.sms.send({
            messageId: message.id,
            studioId: message.studioId,
            clientId: message.clientId,
            to: message.address!,
            body: message.body,
            purpose: message.purpose,
          });

    /** Consent and suppression are read again right before the call: a withdrawal after queuing wins. */
    const withdrawnReason = async (message: OutboxMessage): Promise<SkipReason | null> => {
      if (message.address !== null && (await deps.consents.isSuppressed(message.channel, message.address))) {
        return "SUPPRESSED";
      }
      if (message.purpose !== "marketing") return null;
      const entries = await deps.consents.entries(message.studioId, message.clientId);
      return mayReceive(entries, message.channel, "marketing") ? null : "NO_CONSENT";
    };

    const deliver = async (due: OutboxMessage): Promise<void> => {
      const attemptId = deps.newId();
      const now = deps.clock();
      const message = await deps.outbox.lease(due, attemptId, now, plusSeconds(now, settings.leaseSeconds));
      if (message === null) {
        result.notLeased++;
        return;
      }
      if (message.attempts > 1) {
        // An earlier attempt may have reached the provider before it crashed or timed out.
        const receipt = await deps.receipts.wasAccepted(message.id);
        if (receipt !== null) {
          await deps.outbox.markSent(message, attemptId, receipt.providerMessageId, deps.clock());
          result.reconciled++;
          return;
        }
      }
      if (message.attempts > settings.maxAttempts) {
        await deps.outbox.markFailed(
          message,
          attemptId,
          `gave up after ${settings.maxAttempts} attempts: ${message.failureReason ?? "no reason given"}`,
          deps.clock(),
        );
        result.failed++;
        return;
      }
      if (!isInSendWindow(now, message.sendWindows, message.timeZone, message.purpose)) {
        const releaseAt = nextSendTime(now, message.sendWindows, message.timeZone, message.purpose);
        await deps.outbox.requeue(message, attemptId, {
          releaseAt,
          reason: null,
          countsAsAttempt: false,
          at: now,
        });
        result.postponed++;
        return;
      }
      const withdrawn = await withdrawnReason(message);
      if (withdrawn !== null) {
        await deps.outbox.markSkipped(message, attemptId, withdrawn, deps.clock());
        result.withdrawn++;
        return;
      }
      let acceptance: ProviderAcceptance;
      try {
        acceptance = await callProvider(message);
      } catch (error) {
        const at = deps.clock();
        if (error instanceof RebookError && error.code === "MESSAGE.REJECTED") {
          await deps.outbox.markFailed(message, attemptId, error.message, at);
          result.failed++;
        } else {
          const delay = Math.min(settings.retryBaseSeconds * 2 ** (message.attempts - 1), MAX_RETRY_SECONDS);
          await deps.outbox.requeue(message, attemptId, {
            releaseAt: plusSeconds(at, delay),
            reason: reasonOf(error),
            countsAsAttempt: true,
            at,
          });
          result.retried++;
        }
        return;
      }
      await deps.outbox.markSent(message, attemptId, acceptance.providerMessageId, deps.clock());
      result.sent++;
    };

    const due = await deps.outbox.due(deps.clock(), settings.perRun);
    result.due = due.length;
    await forEachBounded(due, settings.concurrency, deliver);
    return result;
  };
