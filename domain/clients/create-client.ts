import { currentConsent } from "../messaging/consent";
import type { Client } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { checkClientDates, studioToday } from "./client-dates";
import type { ClientDraft } from "./client-draft";
import { suppressionOf } from "./client-suppression";
import { phoneFieldsOf } from "./phone-number";

export interface ContactOptions {
  /** Keep the card although another card of the studio holds its phone number or email address. */
  allowDuplicate: boolean;
}

export const createClient =
  ({
    studios,
    clients,
    consents,
    clock,
    newId,
  }: Pick<Dependencies, "studios" | "clients" | "consents" | "clock" | "newId">) =>
  async (
    studioId: string,
    draft: ClientDraft,
    options: ContactOptions = { allowDuplicate: false },
  ): Promise<Client> => {
    const studio = await loadStudio(studios, studioId);
    const now = clock();
    const today = studioToday(now, studio.timeZone);
    checkClientDates(draft, today);
    const contact = {
      email: draft.email?.toLowerCase() ?? null,
      ...phoneFieldsOf(draft.phone, studio.settings.defaultCountry),
    };
    const client: Client = {
      ...draft,
      ...contact,
      id: newId(),
      studioId,
      clientSince: draft.clientSince ?? today,
      groupIds: [],
      blacklisted: false,
      onlineBookingBlocked: false,
      consent: currentConsent([]),
      suppressed: await suppressionOf(consents, contact),
      erasedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    // A transaction that met a concurrent one is written again (the card's id stays the same).
    await retryOnConcurrentUpdate(() =>
      clients.save(client, { previous: null, allowDuplicate: options.allowDuplicate }),
    );
    return client;
  };
