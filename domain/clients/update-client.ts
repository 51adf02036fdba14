import type { Client } from "../model/client";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
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
      const current = await loadActiveClient(clients, studioId, clientId);
      const phoneFields =
        changes.phone === undefined
          ? {}
          : phoneFieldsOf(changes.phone, (await loadStudio(studios, studioId)).settings.defaultCountry);
      const updated = revised(
        current,
        {
          ...changes,
          ...phoneFields,
          ...(changes.email === undefined ? {} : { email: changes.email?.toLowerCase() ?? null }),
          clientSince: changes.clientSince ?? current.clientSince,
        },
        clock(),
      );
      await clients.save(updated);
      return updated;
    });
