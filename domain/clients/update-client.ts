import type { Client } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import type { ClientDraft } from "./client-draft";
import { loadActiveClient } from "./load-client";
import { toE164 } from "./phone-number";

export type ClientChanges = Partial<ClientDraft> & { blacklisted?: boolean; onlineBookingBlocked?: boolean };

export const updateClient =
  ({ studios, clients, clock }: Pick<Dependencies, "studios" | "clients" | "clock">) =>
  async (studioId: string, clientId: string, changes: ClientChanges): Promise<Client> => {
    const current = await loadActiveClient(clients, studioId, clientId);
    const phone =
      changes.phone === undefined || changes.phone === null
        ? changes.phone
        : toE164(changes.phone, (await loadStudio(studios, studioId)).settings.defaultCountry);
    const updated: Client = {
      ...current,
      ...changes,
      ...(phone === undefined ? {} : { phone }),
      ...(changes.email === undefined ? {} : { email: changes.email?.toLowerCase() ?? null }),
      clientSince: changes.clientSince ?? current.clientSince,
      updatedAt: clock(),
    };
    await clients.update(updated);
    return updated;
  };
