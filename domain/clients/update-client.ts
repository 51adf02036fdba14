import type { Client } from "../model/client";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { checkClientDates, studioToday } from "./client-dates";
import type { ClientDraft } from "./client-draft";
import { loadActiveClient } from "./load-client";
import { phoneFieldsOf } from "./phone-number";

export type ClientChanges = Partial<ClientDraft> & { blacklisted?: boolean; onlineBookingBlocked?: boolean };

/**
 * Changes fields of a client card, written only over the version read: a change that raced an erasure
 * re-reads the erased card and is refused, so erased data never comes back.
 */
export const updateClient =
  ({ studios, clients, clock }: Pick<Dependencies, "studios" | "clients" | "clock">) =>
  (studioId: string, clientId: string, changes: ClientChanges): Promise<Client> =>
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
      const phoneFields =
        studio === null || changes.phone === undefined
          ? {}
          : phoneFieldsOf(changes.phone, studio.settings.defaultCountry);
      const updated = revised(
        current,
        {
          ...changes,
          ...phoneFields,
          ...(changes.email === undefined ? {} : { email: changes.email?.toLowerCase() ?? null }),
          clientSince: changes.clientSince ?? current.clientSince,
        },
        now,
      );
      await clients.save(updated);
      return updated;
    });
