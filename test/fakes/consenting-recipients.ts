import { CHANNELS } from "../../domain/messaging/consent";
import type { SendDueMessagesDependencies } from "../../domain/outbox/send-due-messages";
import { aClient } from "./client-builder";

const granted = { granted: true, since: "2020-01-01T00:00:00.000Z", source: "booking_form" as const };

/** Cards of clients who consented to marketing on every channel, whoever is asked for. */
export const consentingClients: SendDueMessagesDependencies["clients"] = {
  get: async (studioId, clientId) =>
    aClient({
      id: clientId,
      studioId,
      consent: Object.fromEntries(
        CHANNELS.map((channel) => [channel, { marketing: granted, transactional: granted }]),
      ) as ReturnType<typeof aClient>["consent"],
    }),
};

/** No address is suppressed. */
export const nothingSuppressed: SendDueMessagesDependencies["consents"] = { isSuppressed: async () => false };
