import type { Client } from "../model/client";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { checkClientDates, studioToday } from "./client-dates";
import type { ClientDraft } from "./client-draft";
import { suppressionOf } from "./client-suppression";
import type { ContactOptions } from "./create-client";
import { loadActiveClient } from "./load-client";
import { phoneFieldsOf } from "./phone-number";

export type ClientChanges = Partial<ClientDraft> & { blacklisted?: boolean; onlineBookingBlocked?: boolean };

/**
 * Changes fields of a client card, written only over the version read: a change that raced an erasure
 * re-reads the erased card and is refused, so erased data never comes back.
 */
export const updateClient =
  ({ studios, clients, consents, clock }: Pick<Dependencies, "studios" | "clients" | "consents" | "clock">) =>
  (
    studioId: string,
    clientId: string,
    changes: ClientChanges,
    options: ContactOptions = { allowDuplicate: false },
  ): Promise<Client> =>
    retryOnConcurrentUpdate(async () => {
      // Phone and dates are read in the studio's country and zone; other changes need no studio.
      const readsStudio = [changes.phone, changes.birthday, changes.clientSince].some(
        (value) => value !== undefined,
      );
      const [current, studio] = await Promise.all([
        loadActiveClient(clients, studioId, clientId),
        readsStudio ? loadStudio(studios, studioId) : null,
      ]);
      const now = clock();
      if (studio !== null) checkClientDates(changes, studioToday(now, studio.timeZone));
      const phoneFields: Partial<Pick<Client, "phone" | "phoneKind">> =
        studio === null || changes.phone === undefined
          ? {}
          : phoneFieldsOf(changes.phone, studio.settings.defaultCountry);
      const contact = {
        email: changes.email === undefined ? current.email : (changes.email?.toLowerCase() ?? null),
        phone: changes.phone === undefined ? current.phone : (phoneFields.phone ?? null),
      };
      const contactChanged = contact.email !== current.email || contact.phone !== current.phone;
      const updated = revised(
        current,
        {
          ...changes,
          ...phoneFields,
          email: contact.email,
          clientSince: changes.clientSince ?? current.clientSince,
          ...(contactChanged ? { suppressed: await suppressionOf(consents, contact) } : {}),
        },
        now,
      );
      await clients.save(updated, { previous: current, allowDuplicate: options.allowDuplicate });
      return updated;
    });
