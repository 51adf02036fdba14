import type { Client } from "../model/client";
import type { ClientSearchField } from "../ports/client-repository";
import type { Dependencies } from "../ports/dependencies";
import type { Page } from "../ports/page";
import { loadStudio } from "../studios/load-studio";
import { phoneSearchPrefix } from "./phone-number";

export interface ClientQuery {
  name?: string;
  phone?: string;
  email?: string;
  tag?: string;
  group?: string;
  limit: number;
  cursor: string | null;
}

/**
 * Lists a studio's clients by last name, or finds them by name (first, last or full, accent-insensitive:
 * "Schae" and "Scha" both find Schäfer), by the prefix of their phone or email, by a tag, or by a client group (its members).
 */
export const searchClients =
  ({ studios, clients }: Pick<Dependencies, "studios" | "clients">) =>
  async (studioId: string, query: ClientQuery): Promise<Page<Client>> => {
    const studio = await loadStudio(studios, studioId);
    const field: ClientSearchField =
      (["phone", "email", "tag", "group"] as const).find((name) => query[name] !== undefined) ?? "name";
    const typed = query[field] ?? "";
    const prefix = field === "phone" ? phoneSearchPrefix(typed, studio.settings.defaultCountry) : typed;
    return clients.search(studioId, { field, prefix, limit: query.limit, cursor: query.cursor });
  };
