import type { Client } from "../model/client";
import { nextUpdatedAt } from "../model/timestamps";
import type { Dependencies } from "../ports/dependencies";
import { projectsOfClient } from "../projects/projects-of-client";
import { loadClient } from "./load-client";

export const ERASED_NAME = "Erased";
export const ERASED_PROJECT_TITLE = "Erased project";

/**
 * GDPR erasure (Art. 17): personal data leaves the card, the appointment notes and the project texts;
 * appointments and projects themselves stay, anonymous, so the studio's statistics remain right.
 * The consent ledger stays as the studio's proof of consent and withdrawal, without IP address and user agent.
 * The profile is erased last, so a retry after a crash finishes the job. Erasing twice changes nothing.
 */
export const eraseClient =
  (deps: Pick<Dependencies, "clients" | "appointments" | "projects" | "consents" | "clock">) =>
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
    await deps.consents.eraseEvidence(studioId, clientId);
    for (const project of await projectsOfClient(deps.projects, studioId, clientId)) {
      const anonymous = {
        ...project,
        title: ERASED_PROJECT_TITLE,
        notes: "",
        updatedAt: nextUpdatedAt(project.updatedAt, now),
      };
      await deps.projects.update(anonymous, project.updatedAt);
    }
    await deps.clients.update(erased);
  };
