import { createHash } from "node:crypto";
import type { Channel } from "../messaging/consent";
import {
  MESSAGE_PURPOSE,
  type MessageTemplate,
  renderTemplate,
  type TemplatePurpose,
  type TemplateValues,
} from "../messaging/templates";
import { signUnsubscribeToken } from "../messaging/unsubscribe-token";
import type { Client } from "../model/client";
import { messagingSettingsOf } from "../model/studio";
import type { ClientRepository } from "../ports/client-repository";
import type { ConsentLedger } from "../ports/consent-ledger";
import type { Clock } from "../ports/dependencies";
import type { Outbox } from "../ports/outbox";
import type { StudioRepository } from "../ports/studio-repository";
import type { TemplateStore } from "../ports/template-store";
import { loadStudio } from "../studios/load-studio";
import { resolveTemplate } from "../templates/resolve-template";
import { templateLocaleOf } from "../templates/template-locale";
import { forEachBounded } from "./bounded-concurrency";
import type { ChannelPolicy, MessageStatus, OutboxMessage, SkipReason } from "./outbox-message";
import { type PlannedMessage, planRecipient } from "./recipient-plan";
import { releaseTimes } from "./release-schedule";

/** Placeholders the request may fill; name, studio and unsubscribe link are filled per recipient. */
export type RequestValues = Omit<TemplateValues, "clientFirstName" | "studioName" | "unsubscribeLink">;

export interface SendRequest {
  /** Chosen by the caller: sending the same request again creates no further messages. */
  requestId: string;
  clientIds: string[];
  templatePurpose: TemplatePurpose;
  channelPolicy: ChannelPolicy;
  values: RequestValues;
  /** ReConnect sends: the service category, whose own template overrides the studio's. */
  categoryId?: string;
}

export interface MessagingSettings {
  /** Release rate of one send request per channel. */
  perMinute: Record<Channel, number>;
  /** Origin of the public unsubscribe endpoint, e.g. https://rebook.example.com. */
  publicBaseUrl: string;
  unsubscribeSecret: string;
}

export interface QueuedMessageSummary {
  messageId: string;
  clientId: string;
  channel: Channel;
  status: MessageStatus;
  skipReason: SkipReason | null;
  releaseAt: string | null;
}

export interface SendRequestResult {
  requestId: string;
  queued: number;
  skipped: number;
  messages: QueuedMessageSummary[];
}

export interface QueueSendRequestDependencies {
  studios: StudioRepository;
  clients: ClientRepository;
  outbox: Outbox;
  templates: TemplateStore;
  clock: Clock;
}

/** Parallel reads and writes per request; DynamoDB takes far more, the Lambda's sockets are the limit. */
const CONCURRENCY = 16;

/** Same studio, request, client and channel → same id, so a retried request finds its messages again. */
export const outboxMessageId = (
  studioId: string,
  requestId: string,
  clientId: string,
  channel: Channel,
): string =>
  createHash("sha256")
    .update(JSON.stringify([studioId, requestId, clientId, channel]))
    .digest("base64url")
    .slice(0, 32);

interface Recipient {
  clientId: string;
  client: Client | null;
  plan: PlannedMessage[];
}

/**
 * Turns a send request into outbox messages, one per client and channel used: skipped (with the reason)
 * without consent, contact data or with a suppressed address; otherwise queued with a release time inside
 * the studio's send windows, staggered at the configured rate per channel.
 */
export const queueSendRequest =
  (deps: QueueSendRequestDependencies, consents: ConsentLedger, settings: MessagingSettings) =>
  async (studioId: string, request: SendRequest): Promise<SendRequestResult> => {
    const studio = await loadStudio(deps.studios, studioId);
    const now = deps.clock();
    const purpose = MESSAGE_PURPOSE[request.templatePurpose];
    const clientIds = [...new Set(request.clientIds)];

    const recipients: Recipient[] = new Array(clientIds.length);
    await forEachBounded(clientIds, CONCURRENCY, async (clientId, index) => {
      const client = await deps.clients.get(studioId, clientId);
      const entries = client === null ? [] : await consents.entries(studioId, clientId);
      const suppressed = async (channel: Channel, address: string | null) =>
        address !== null && (await consents.isSuppressed(channel, address));
      const facts = {
        client,
        consents: entries,
        suppressed: {
          email: await suppressed("email", client?.email?.toLowerCase() ?? null),
          sms: await suppressed("sms", client?.phone ?? null),
        },
      };
      recipients[index] = { clientId, client, plan: planRecipient(facts, request.channelPolicy, purpose) };
    });

    const windows = messagingSettingsOf(studio.settings).sendWindows;
    const releases: Record<Channel, string[]> = { email: [], sms: [] };
    for (const channel of ["email", "sms"] as const) {
      const count = recipients
        .flatMap((r) => r.plan)
        .filter((p) => p.channel === channel && p.skipReason === null).length;
      releases[channel] = releaseTimes(
        count,
        now,
        settings.perMinute[channel],
        windows,
        studio.timeZone,
        purpose,
      );
    }
    const nextRelease = { email: 0, sms: 0 };

    const locale = templateLocaleOf(studio);
    const resolve = resolveTemplate(deps.templates);
    const templates: Partial<Record<Channel, MessageTemplate>> = {};
    for (const channel of new Set(recipients.flatMap((r) => r.plan.map((p) => p.channel)))) {
      templates[channel] = await resolve(
        studioId,
        request.templatePurpose,
        channel,
        locale,
        request.categoryId ?? null,
      );
    }
    const messages: OutboxMessage[] = recipients.flatMap(({ clientId, client, plan }) =>
      plan.map((planned): OutboxMessage => {
        const { channel, skipReason } = planned;
        const sendable = skipReason === null && client !== null;
        const unsubscribeUrl =
          sendable && purpose === "marketing"
            ? `${settings.publicBaseUrl}/u/${signUnsubscribeToken(
                { studioId, clientId, channel, purpose, issuedAt: now },
                settings.unsubscribeSecret,
              )}`
            : null;
        const rendered = sendable
          ? renderTemplate(templates[channel]!, {
              bookingLink: messagingSettingsOf(studio.settings).bookingUrl ?? "",
              ...request.values,
              clientFirstName: client.firstName,
              studioName: studio.name,
              ...(unsubscribeUrl === null ? {} : { unsubscribeLink: unsubscribeUrl }),
            })
          : { subject: null, body: "" };
        return {
          id: outboxMessageId(studioId, request.requestId, clientId, channel),
          studioId,
          requestId: request.requestId,
          clientId,
          channel,
          templatePurpose: request.templatePurpose,
          purpose,
          status: sendable ? "queued" : "skipped",
          address: planned.address,
          subject: rendered.subject,
          body: rendered.body,
          unsubscribeUrl,
          sendWindows: windows,
          timeZone: studio.timeZone,
          releaseAt: sendable ? releases[channel][nextRelease[channel]++]! : null,
          attempts: 0,
          attemptId: null,
          leaseUntil: null,
          providerMessageId: null,
          skipReason,
          failureReason: null,
          createdAt: now,
          updatedAt: now,
          sentAt: null,
        };
      }),
    );

    const stored: OutboxMessage[] = new Array(messages.length);
    await forEachBounded(messages, CONCURRENCY, async (message, index) => {
      stored[index] = (await deps.outbox.add(message)).message;
    });
    return {
      requestId: request.requestId,
      queued: stored.filter((m) => m.status !== "skipped").length,
      skipped: stored.filter((m) => m.status === "skipped").length,
      messages: stored.map((m) => ({
        messageId: m.id,
        clientId: m.clientId,
        channel: m.channel,
        status: m.status,
        skipReason: m.skipReason,
        releaseAt: m.releaseAt,
      })),
    };
  };
