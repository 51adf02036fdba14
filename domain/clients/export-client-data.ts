import type { Dependencies } from "../ports/dependencies";
import { projectsOfClient } from "../projects/projects-of-client";
import { loadClient } from "./load-client";

/** Everything Rebook holds about one client, for a GDPR access request (Art. 15). */
export const exportClientData =
  (deps: Pick<Dependencies, "clients" | "appointments" | "projects" | "consents" | "clock">) =>
  async (studioId: string, clientId: string) => {
    const client = await loadClient(deps.clients, studioId, clientId);
    const [appointments, rhythms, projects, consents] = await Promise.all([
      deps.appointments.listForClient(studioId, clientId),
      deps.appointments.rhythmsForClient(studioId, clientId),
      projectsOfClient(deps.projects, studioId, clientId),
      deps.consents.entries(studioId, clientId),
    ]);
    return {
      exportedAt: deps.clock(),
      client,
      appointments,
      projects,
      consents,
      visitRhythms: rhythms.map(({ version: _version, ...rhythm }) => rhythm),
    };
  };
