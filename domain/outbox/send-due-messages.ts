import { RebookError } from "../errors";
import { isInSendWindow, nextSendTime } from "../messaging/send-windows";
import type { Client } from "../model/client";
import { CHANNELS, type Channel } from "../model/consent";
import type { MessageRef, OutboxMessage, SkipReason } from "../model/outbox-message";
import type { AppointmentStore } from "../ports/appointment-store";
import type { ClientRepository } from "../ports/client-repository";
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
import { skipReasonFor } from "./recipient-plan";

export interface SenderSettings {
  /** Most messages one run sends per channel: the channel's rate (from the account's quota) times the run's length. */
  perRun: Record<Channel, number>;
  /** Provider calls per second and channel: the run spreads its sends so the provider's rate is never exceeded. */
  perSecond: Record<Channel, number>;
  /** How long a lease holds; must exceed a run plus the delay of a provider's delivery event. */
  leaseSeconds: number;
  /** Provider calls before a message fails for good. */
  maxAttempts: number;
  /** Delay before the first retry, doubled per attempt (at most an hour); also ≥ the delivery-event delay. */
  retryBaseSeconds: number;
  /** Leases taken at once. */
  concurrency: number;
}

export interface SendDueMessagesDependencies {
  outbox: Outbox;
  /** The recipients' cards: their consent and suppression as they are now. */
  clients: Pick<ClientRepository, "get">;
  consents: Pick<ConsentLedger, "isSuppressed">;
  /** The appointments reminders are about: one moved or cancelled since voids its reminder. */
  appointments: Pick<AppointmentStore, "get">;
  receipts: ProviderReceipts;
  email: EmailSender;
  sms: SmsSender;
  clock: Clock;
  newId: () => string;
  /** Waits the given milliseconds: how a run keeps to the providers' per-second rates. */
  pause: (milliseconds: number) => Promise<void>;
  /**
   * Told of every message the provider accepted, before it is marked sent (so a crash in between tells it
   * again, and it must be idempotent): e.g. ReConnect records when its first message went out.
   */
  afterSent: (message: OutboxMessage, at: string) => Promise<void>;
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
const SECOND = 1000;

const plusSeconds = (instant: string, seconds: number): string =>
  new Date(Date.parse(instant) + seconds * 1000).toISOString();

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a leased message's send depends on, read for the whole run in one wave. */
interface Checks {
  card: Client | null;
  suppressed: boolean;
  receipt: ProviderAcceptance | null;
  /** A reminder's appointment moved, was cancelled or vanished since the reminder was planned. */
  appointmentChanged: boolean;
}

/** What a leased message came to. */
type Outcome = "sent" | "reconciled" | "postponed" | "retried" | "failed" | "withdrawn";

/** The delivery of one leased message, shared by the runs and by `sendMessageNow`. */
const delivery = (deps: SendDueMessagesDependencies, settings: SenderSettings) => {
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
          templatePurpose: message.templatePurpose,
        });

  /** Consent and suppression as they are now: a withdrawal or suppression after queuing wins. */
  const withdrawnReason = (message: OutboxMessage, checks: Checks): SkipReason | null => {
    if (checks.suppressed) return "SUPPRESSED";
    if (checks.appointmentChanged) return "APPOINTMENT_CHANGED";
    if (message.purpose !== "marketing") return null;
    return skipReasonFor(checks.card, message.channel, "marketing");
  };

  const deliver = async (
    message: OutboxMessage,
    attemptId: string,
    checks: Checks,
    now: string,
  ): Promise<Outcome> => {
    if (checks.receipt !== null) {
      // An earlier attempt reached the provider before it crashed or timed out.
      const at = deps.clock();
      await deps.afterSent(message, at);
      await deps.outbox.markSent(message, attemptId, checks.receipt.providerMessageId, at);
      return "reconciled";
    }
    if (message.attempts > settings.maxAttempts) {
      await deps.outbox.markFailed(
        message,
        attemptId,
        `gave up after ${settings.maxAttempts} attempts: ${message.failureReason ?? "no reason given"}`,
        deps.clock(),
      );
      return "failed";
    }
    if (!isInSendWindow(now, message.sendWindows, message.timeZone, message.purpose)) {
      const releaseAt = nextSendTime(now, message.sendWindows, message.timeZone, message.purpose);
      await deps.outbox.requeue(message, attemptId, {
        releaseAt,
        reason: null,
        countsAsAttempt: false,
        at: now,
      });
      return "postponed";
    }
    const withdrawn = withdrawnReason(message, checks);
    if (withdrawn !== null) {
      await deps.outbox.markSkipped(message, attemptId, withdrawn, deps.clock());
      return "withdrawn";
    }
    let acceptance: ProviderAcceptance;
    try {
      acceptance = await callProvider(message);
    } catch (error) {
      const at = deps.clock();
      if (error instanceof RebookError && error.code === "MESSAGE.REJECTED") {
        await deps.outbox.markFailed(message, attemptId, error.message, at);
        return "failed";
      }
      const delay = Math.min(settings.retryBaseSeconds * 2 ** (message.attempts - 1), MAX_RETRY_SECONDS);
      await deps.outbox.requeue(message, attemptId, {
        releaseAt: plusSeconds(at, delay),
        reason: reasonOf(error),
        countsAsAttempt: true,
        at,
      });
      return "retried";
    }
    const at = deps.clock();
    await deps.afterSent(message, at);
    await deps.outbox.markSent(message, attemptId, acceptance.providerMessageId, at);
    return "sent";
  };

  const appointmentChanged = async (message: OutboxMessage): Promise<boolean> => {
    if (message.appointmentId === null || message.appointmentStartsAt === null) return false;
    const appointment = await deps.appointments.get(message.studioId, message.appointmentId);
    return appointment?.status !== "booked" || appointment.startsAt !== message.appointmentStartsAt;
  };

  /** What a send depends on, as it is now. */
  const checksOf = async (message: OutboxMessage): Promise<Checks> => {
    const [card, suppressed, receipt, changed] = await Promise.all([
      message.purpose === "marketing" ? deps.clients.get(message.studioId, message.clientId) : null,
      message.address === null ? false : deps.consents.isSuppressed(message.channel, message.address),
      message.attempts > 1 ? deps.receipts.wasAccepted(message.id) : null,
      appointmentChanged(message),
    ]);
    return { card, suppressed, receipt, appointmentChanged: changed };
  };

  return { deliver, checksOf };
};

/**
 * Sends one queued message at once (a one-time code), under a lease like a run's: a run that finds it later
 * finds it sent, or leased. False when it did not go out now (leased elsewhere, not yet due, or retried).
 */
export const sendMessageNow =
  (deps: SendDueMessagesDependencies, settings: SenderSettings) =>
  async (ref: MessageRef): Promise<boolean> => {
    const { deliver, checksOf } = delivery(deps, settings);
    const now = deps.clock();
    const attemptId = deps.newId();
    const message = await deps.outbox.lease(ref, attemptId, now, plusSeconds(now, settings.leaseSeconds));
    if (message === null) return false;
    const outcome = await deliver(message, attemptId, await checksOf(message), now);
    return outcome === "sent" || outcome === "reconciled";
  };

/**
 * Sends what is due, each message under a lease: queued → sending → sent | failed (or back to queued).
 * Per channel a run takes at most its budget: transactional messages (codes, confirmations, reminders) before
 * any marketing, earliest release first, and spreads the calls to the provider's per-second rate.
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
    const now = deps.clock();
    const leaseUntil = plusSeconds(now, settings.leaseSeconds);
    const { deliver, checksOf } = delivery(deps, settings);

    /** Leases up to the channel's budget, reading due messages only as far as needed. */
    const leaseChannel = async (
      channel: Channel,
    ): Promise<{ message: OutboxMessage; attemptId: string }[]> => {
      const leased: { message: OutboxMessage; attemptId: string }[] = [];
      for await (const page of deps.outbox.due(now, channel)) {
        let candidates = page;
        while (candidates.length > 0 && leased.length < settings.perRun[channel]) {
          const batch = candidates.slice(0, settings.perRun[channel] - leased.length);
          candidates = candidates.slice(batch.length);
          result.due += batch.length;
          await forEachBounded(batch, settings.concurrency, async (ref) => {
            const attemptId = deps.newId();
            const message = await deps.outbox.lease(ref, attemptId, now, leaseUntil);
            if (message === null) result.notLeased++;
            else leased.push({ message, attemptId });
          });
        }
        if (leased.length >= settings.perRun[channel]) break;
      }
      return leased;
    };

    /** Sends a channel's leased messages, at most `perSecond` in each second. */
    const sendChannel = async (
      channel: Channel,
      leased: { message: OutboxMessage; attemptId: string; checks: Checks }[],
    ) => {
      for (let start = 0; start < leased.length; start += settings.perSecond[channel]) {
        const began = Date.parse(deps.clock());
        const second = leased.slice(start, start + settings.perSecond[channel]);
        const outcomes = await Promise.all(
          second.map(({ message, attemptId, checks }) => deliver(message, attemptId, checks, now)),
        );
        for (const outcome of outcomes) result[outcome]++;
        const elapsed = Date.parse(deps.clock()) - began;
        if (start + second.length < leased.length && elapsed < SECOND) await deps.pause(SECOND - elapsed);
      }
    };

    const leased = await Promise.all(CHANNELS.map(leaseChannel));
    const all = leased.flat();
    // One wave for the whole run: the cards, the suppressions and the receipts every lease needs.
    const checks = await Promise.all(all.map(({ message }) => checksOf(message)));
    const checked = all.map((entry, index) => ({ ...entry, checks: checks[index]! }));
    await Promise.all(
      CHANNELS.map((channel) =>
        sendChannel(
          channel,
          checked.filter(({ message }) => message.channel === channel),
        ),
      ),
    );
    return result;
  };
