import { photosWithUrls } from "../gallery/client-gallery";
import type { Appointment } from "../model/appointment";
import { messageView } from "../outbox/studio-messages";
import type { Dependencies } from "../ports/dependencies";
import { projectsOfClient } from "../projects/projects-of-client";
import { loadClient } from "./load-client";

const PAGE = 100;
/** The export's photo links: long enough to download them all, then they lapse. */
const EXPORT_READ_SECONDS = 3600;

const allAppointments = async (
  deps: Pick<Dependencies, "appointments" | "clock">,
  studioId: string,
  clientId: string,
): Promise<Appointment[]> => {
  const now = deps.clock();
  const all: Appointment[] = [];
  for (const when of ["upcoming", "past"] as const) {
    let cursor: string | null = null;
    do {
      const page = await deps.appointments.listForClient(studioId, clientId, {
        when,
        now,
        limit: PAGE,
        cursor,
      });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  return all;
};

/** Everything Rebook holds about one client, for a GDPR access request (Art. 15). */
export const exportClientData =
  (
    deps: Pick<
      Dependencies,
      "clients" | "appointments" | "projects" | "consents" | "outbox" | "photos" | "photoObjects" | "clock"
    >,
  ) =>
  async (studioId: string, clientId: string) => {
    const client = await loadClient(deps.clients, studioId, clientId);
    const [appointments, rhythms, projects, consents, messages, measurements, photos] = await Promise.all([
      allAppointments(deps, studioId, clientId),
      deps.appointments.rhythmsForClient(studioId, clientId),
      projectsOfClient(deps.projects, studioId, clientId),
      deps.consents.entries(studioId, clientId),
      deps.outbox.listForClient(studioId, clientId),
      deps.clients.measurements(studioId, clientId),
      photosWithUrls(deps, studioId, clientId, EXPORT_READ_SECONDS),
    ]);
    return {
      exportedAt: deps.clock(),
      client,
      measurements,
      appointments,
      projects,
      consents,
      photos,
      messages: messages.map(messageView),
      visitRhythms: rhythms.map(({ version: _version, ...rhythm }) => rhythm),
    };
  };
