import { MESSAGE_PURPOSE, renderTemplate } from "../messaging/templates";
import { signUnsubscribeToken } from "../messaging/unsubscribe-token";
import type { Client } from "../model/client";
import type { Channel, Purpose } from "../model/consent";
import type { Language } from "../model/language";
import { admitMarketing, type MarketingCap } from "../model/marketing-cap";
import { type OutboxMessage, outboxMessageId } from "../model/outbox-message";
import { messagingSettingsOf, type Studio } from "../model/studio";
import { manageUrlOf } from "../online-booking/manage-link";
import type { ClientRepository } from "../ports/client-repository";
import type { Clock } from "../ports/dependencies";
import type { Outbox, RecipientWrite } from "../ports/outbox";
import type { SendRequest, SendRequestResult } from "../ports/send-request-queue";
import type { StudioRepository } from "../ports/studio-repository";
import type { TemplateStore } from "../ports/template-store";
import { loadStudio } from "../studios/load-studio";
import { type EffectiveTemplate, resolveTemplate } from "../templates/resolve-template";
import { templateLocaleOf } from "../templates/template-locale";
import { offerUrlOf } from "../waitlist/offer-link";
import { type PlannedMessage, planRecipient } from "./recipient-plan";
import { releaseTimes } from "./release-schedule";

export interface MessagingSettings {
  /** Release rate of one studio's send request per channel: a large send is spread, so studios share fairly. */
  perMinute: Record<Channel, number>;
  /** Origin of the public unsubscribe endpoint, e.g. https://rebook.example.com. */
  publicBaseUrl: string;
  unsubscribeSecret: string;
  /** Origin of the booking routes, where the clients' self-service links of their appointments lead. */
  bookingBaseUrl: string;
  manageSecret: string;
}

export interface QueueSendRequestDependencies {
  studios: StudioRepository;
  clients: Pick<ClientRepository, "get">;
  outbox: Pick<Outbox, "add" | "caps">;
  templates: TemplateStore;
  clock: Clock;
}

/** A cap taken by a concurrent request is read again this often before the recipient is given up as capped. */
const CAP_ATTEMPTS = 3;

interface Recipient {
  clientId: string;
  client: Client | null;
  planned: PlannedMessage[];
  /** The caps this recipient's marketing takes, at their next version. */
  caps: MarketingCap[];
}

/** Plans a recipient's messages; marketing also needs room in the client's frequency cap of the channel. */
const planned = (
  clientId: string,
  client: Client | null,
  caps: Record<Channel, MarketingCap> | null,
  request: SendRequest,
  purpose: Purpose,
  studio: Studio,
  now: string,
): Recipient => {
  const frequency = messagingSettingsOf(studio.settings).marketingFrequency;
  const taken: MarketingCap[] = [];
  const plan = planRecipient(client, request.channelPolicy, purpose).map((message): PlannedMessage => {
    if (message.skipReason !== null || caps === null) return message;
    const admitted = admitMarketing(caps[message.channel], frequency, now);
    if (admitted === null) return { ...message, skipReason: "FREQUENCY_CAP" };
    taken.push(admitted);
    return message;
  });
  return { clientId, client, planned: plan, caps: taken };
};

/**
 * Turns a send request into outbox messages, one per client and channel used: skipped (with the reason)
 * without consent or contact data, with a suppressed address, or when the client had their marketing for
 * the period; otherwise queued in the client's language with a release time inside the studio's send
 * windows, staggered at the studio's rate per channel. Reads the recipients' cards (which carry consent and
 * suppression) and caps in one wave; writes each recipient's messages with the caps they take.
 */
export const queueSendRequest =
  (deps: QueueSendRequestDependencies, settings: MessagingSettings) =>
  async (studioId: string, request: SendRequest): Promise<SendRequestResult> => {
    const now = deps.clock();
    const purpose = MESSAGE_PURPOSE[request.templatePurpose];
    const readCaps = (clientId: string) =>
      purpose === "marketing" ? deps.outbox.caps(studioId, clientId) : Promise.resolve(null);
    const clientIds = [...new Set(request.clientIds)];
    const [studio, clients, caps] = await Promise.all([
      loadStudio(deps.studios, studioId),
      Promise.all(clientIds.map((clientId) => deps.clients.get(studioId, clientId))),
      Promise.all(clientIds.map(readCaps)),
    ]);
    const settingsOfStudio = messagingSettingsOf(studio.settings);
    const languageOf = (client: Client | null): Language => client?.language ?? templateLocaleOf(studio);

    const templates = new Map<string, Promise<EffectiveTemplate>>();
    const resolve = resolveTemplate(deps.templates);
    const templateOf = (channel: Channel, language: Language) => {
      const key = `${channel}#${language}`;
      if (!templates.has(key))
        templates.set(
          key,
          resolve(studioId, request.templatePurpose, channel, language, request.categoryId ?? null),
        );
      return templates.get(key)!;
    };

    const messagesOf = async (recipients: Recipient[]): Promise<RecipientWrite[]> => {
      const sendable = recipients.flatMap((recipient) =>
        recipient.planned
          .filter((message) => message.skipReason === null)
          .map((message) => ({ recipient, message })),
      );
      const rendered = await Promise.all(
        sendable.map(({ recipient, message }) => templateOf(message.channel, languageOf(recipient.client))),
      );
      const releases: Record<Channel, string[]> = { email: [], sms: [] };
      for (const channel of ["email", "sms"] as const) {
        releases[channel] = releaseTimes(
          sendable.filter(({ message }) => message.channel === channel).length,
          request.notBefore !== undefined && request.notBefore > now ? request.notBefore : now,
          settings.perMinute[channel],
          settingsOfStudio.sendWindows,
          studio.timeZone,
          purpose,
        );
      }
      const nextRelease = { email: 0, sms: 0 };
      const templateFor = new Map(sendable.map((entry, index) => [entry.message, rendered[index]!]));

      return recipients.map(({ clientId, client, planned: plan, caps: taken }) => ({
        caps: taken,
        messages: plan.map((message): OutboxMessage => {
          const { channel, skipReason } = message;
          const template = templateFor.get(message);
          const unsubscribeUrl =
            template !== undefined && purpose === "marketing"
              ? `${settings.publicBaseUrl}/u/${signUnsubscribeToken(
                  { studioId, clientId, channel, purpose, issuedAt: now },
                  settings.unsubscribeSecret,
                )}`
              : null;
          const content =
            template === undefined || client === null
              ? { subject: null, body: "" }
              : renderTemplate(template, {
                  bookingLink: settingsOfStudio.bookingUrl ?? "",
                  ...request.values,
                  ...request.valuesByClient?.[clientId],
                  ...(ownLink === null ? {} : { bookingLink: ownLink }),
                  clientFirstName: client.firstName,
                  studioName: studio.name,
                  ...(unsubscribeUrl === null ? {} : { unsubscribeLink: unsubscribeUrl }),
                });
          return {
            id: outboxMessageId(studioId, request.requestId, clientId, channel),
            studioId,
            requestId: request.requestId,
            clientId,
            channel,
            templatePurpose: request.templatePurpose,
            purpose,
            categoryId: request.categoryId ?? null,
            appointmentId: request.appointment?.id ?? null,
            appointmentStartsAt: request.appointment?.startsAt ?? null,
            language: languageOf(client),
            status: template === undefined ? "skipped" : "queued",
            address: message.address,
            subject: content.subject,
            body: content.body,
            unsubscribeUrl,
            sendWindows: settingsOfStudio.sendWindows,
            timeZone: studio.timeZone,
            releaseAt: template === undefined ? null : releases[channel][nextRelease[channel]++]!,
            attempts: 0,
            attemptId: null,
            leaseUntil: null,
            providerMessageId: null,
            skipReason: template === undefined ? (skipReason ?? "CLIENT_NOT_FOUND") : null,
            failureReason: null,
            createdAt: now,
            updatedAt: now,
            sentAt: null,
          };
        }),
      }));
    };

    const ownLink =
      request.appointment !== undefined
        ? manageUrlOf(
            settings.bookingBaseUrl,
            { studioId, appointmentId: request.appointment.id },
            settings.manageSecret,
          )
        : request.waitlistOffer !== undefined
          ? offerUrlOf(
              settings.bookingBaseUrl,
              { studioId, offerId: request.waitlistOffer.id },
              settings.manageSecret,
            )
          : null;

    const stored: OutboxMessage[] = [];
    let pending = clientIds.map((clientId, index) =>
      planned(clientId, clients[index]!, caps[index]!, request, purpose, studio, now),
    );
    for (let attempt = 1; pending.length > 0; attempt++) {
      const results = await deps.outbox.add(await messagesOf(pending));
      const retry: Recipient[] = [];
      results.forEach((result, index) => {
        if ("stored" in result) stored.push(...result.stored);
        else retry.push(pending[index]!);
      });
      if (attempt === CAP_ATTEMPTS && retry.length > 0) {
        // Caps keep changing under us: the other requests got the room, this one skips these recipients.
        pending = retry.map((recipient) => ({
          ...recipient,
          caps: [],
          planned: recipient.planned.map((message) =>
            message.skipReason === null ? { ...message, skipReason: "FREQUENCY_CAP" } : message,
          ),
        }));
        continue;
      }
      const fresh = await Promise.all(retry.map((recipient) => readCaps(recipient.clientId)));
      pending = retry.map((recipient, index) =>
        planned(recipient.clientId, recipient.client, fresh[index]!, request, purpose, studio, now),
      );
    }

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
