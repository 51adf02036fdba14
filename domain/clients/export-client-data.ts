import type { Dependencies } from "../ports/dependencies";
import { loadClient } from "./load-client";

const PROJECT_PAGE = { limit: 1000, cursor: null };

/** Everything Rebook holds about one client, for a GDPR access request (Art. 15). */
export const exportClientData =
  (deps: Pick<Dependencies, "clients" | "appointments" | "projects" | "clock">) =>
  async (studioId: string, clientId: string) => {
    const client = await loadClient(deps.clients, studioId, clientId);
    const [appointments, rhythms, projects] = await Promise.all([
      deps.appointments.listForClient(studioId, clientId),
      deps.appointments.rhythmsForClient(studioId, clientId),
      deps.projects.list(studioId, PROJECT_PAGE),
    ]);
    return {
      exportedAt: deps.clock(),
      client,
      appointments,
      projects: projects.items.filter((project) => project.clientId === clientId),
      visitRhythms: rhythms.map(({ version: _version, ...rhythm }) => rhythm),
    };
  };
