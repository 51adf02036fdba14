import type { Client } from "../model/client";
import type { Dependencies } from "../ports/dependencies";
import { loadClient } from "./load-client";

export const ERASED_NAME = "Erased";

/**
 * GDPR erasure (Art. 17): personal data leaves the card and the appointment notes; the appointments
 * themselves stay, anonymous, so the studio's statistics remain right. Erasing twice changes nothing.
 */
export const eraseClient =
  (deps: Pick<Dependencies, "clients" | "appointments" | "clock">) =>
  async (studioId: string, clientId: string): Promise<void> => {
    const client = await loadClient(deps.clients, studioId, clientId);
    if (client.erasedAt !== null) return;
    const now = deps.clock();
    const erased: Client = {
      ...client,
      firstName: ERASED_NAME,
      lastName: ERASED_NAME,
      email: null,
      phone: null,
      birthday: null,
      address: { street: null, postcode: null, city: null },
      gender: "unspecified",
      notes: "",
      tags: [],
      referralSource: null,
      erasedAt: now,
      updatedAt: now,
    };
    await deps.appointments.anonymiseForClient(studioId, clientId);
    await deps.clients.update(erased);
  };
