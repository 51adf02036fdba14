import type { Client } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { checkClientDates, studioToday } from "./client-dates";
import type { ClientDraft } from "./client-draft";
import { phoneFieldsOf } from "./phone-number";

export const createClient =
  ({ studios, clients, clock, newId }: Pick<Dependencies, "studios" | "clients" | "clock" | "newId">) =>
  async (studioId: string, draft: ClientDraft): Promise<Client> => {
    const studio = await loadStudio(studios, studioId);
    const now = clock();
    const today = studioToday(now, studio.timeZone);
    checkClientDates(draft, today);
    const client: Client = {
      ...draft,
      id: newId(),
      studioId,
      email: draft.email?.toLowerCase() ?? null,
      ...phoneFieldsOf(draft.phone, studio.settings.defaultCountry),
      clientSince: draft.clientSince ?? today,
      blacklisted: false,
      onlineBookingBlocked: false,
      erasedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await clients.save(client);
    return client;
  };
