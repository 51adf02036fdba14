import { blocksOfCard } from "../blocks/blocks";
import { clientStatistics } from "../client-card/client-statistics";
import { reliability } from "../client-card/reliability";
import { currentConsent } from "../messaging/consent";
import type { Appointment } from "../model/appointment";
import { measuresView } from "../no-shows/measures-view";
import type { Dependencies } from "../ports/dependencies";
import type { PageRequest } from "../ports/page";
import { clientPromotions } from "../promotions/client-promotions";
import { loadStudio } from "../studios/load-studio";
import { loadClient } from "./load-client";

const STAFF_PAGE = { limit: 100, cursor: null };
const UPCOMING_SHOWN = 50;

type CardDependencies = Pick<
  Dependencies,
  | "studios"
  | "clients"
  | "clientGroups"
  | "promotions"
  | "appointments"
  | "staff"
  | "consents"
  | "blocks"
  | "clock"
>;

const staffNamesOf = async (deps: CardDependencies, studioId: string) => {
  const staff = await deps.staff.list(studioId, STAFF_PAGE);
  const names = new Map(staff.items.map((member) => [member.id, member.name]));
  return (appointment: Appointment) => ({
    ...appointment,
    staffName: names.get(appointment.staffId) ?? null,
  });
};

export interface CardOptions {
  /** Weight and height are on the card only for the roles that may read them (owner and manager). */
  withMeasurements: boolean;
}

/**
 * The client card: profile, upcoming appointments, the first page of past ones (more through
 * `clientAppointments`), and statistics, reliability and consent — derived from the visit history kept on
 * every appointment change, so the card reads a bounded amount however long the history is.
 */
export const clientCard =
  (deps: CardDependencies) =>
  async (studioId: string, clientId: string, page: PageRequest, options: CardOptions) => {
    const now = deps.clock();
    const [studio, client, history, consentEntries, withStaff, upcoming, past, measurements, promotions] =
      await Promise.all([
        loadStudio(deps.studios, studioId),
        loadClient(deps.clients, studioId, clientId),
        deps.appointments.history(studioId, clientId),
        deps.consents.entries(studioId, clientId),
        staffNamesOf(deps, studioId),
        deps.appointments.listForClient(studioId, clientId, {
          when: "upcoming",
          now,
          limit: UPCOMING_SHOWN,
          cursor: null,
        }),
        deps.appointments.listForClient(studioId, clientId, { when: "past", now, ...page }),
        options.withMeasurements ? deps.clients.measurements(studioId, clientId) : undefined,
        clientPromotions(deps)(studioId, clientId),
      ]);
    const incidents = Object.values(history.incidents);
    const [blocks, groups] = await Promise.all([
      blocksOfCard(deps, client),
      Promise.all(client.groupIds.map((groupId) => deps.clientGroups.get(studioId, groupId))),
    ]);
    return {
      client,
      groups: groups.filter((group) => group !== null),
      /** Promotions running today for the client, with what is left to them. */
      promotions: promotions.active,
      upcomingAppointments: upcoming.items.map(withStaff),
      pastAppointments: past.items.map(withStaff),
      pastCursor: past.nextCursor,
      missedAppointments: incidents.filter((incident) => incident.kind === "no_show").length,
      cancelledAppointments:
        Object.keys(history.cancelled).length +
        incidents.filter((incident) => incident.kind === "late_cancellation").length,
      statistics: clientStatistics(history, {
        now,
        timeZone: studio.timeZone,
        clientSince: client.clientSince,
      }),
      reliability: reliability(history, now),
      noShowMeasures: measuresView(history, now),
      /** The studio's blocks of this card's phone, address or tags: online booking refuses the client. */
      blocks,
      consent: currentConsent(consentEntries),
      /** Per channel: the address bounced, complained or answered STOP, so nothing goes to it whatever the consent. */
      suppressed: client.suppressed,
      ...(options.withMeasurements ? { measurements } : {}),
    };
  };

/** A page of a client's past appointments (latest first), after the card's first page. */
export const clientAppointments =
  (deps: CardDependencies) => async (studioId: string, clientId: string, page: PageRequest) => {
    const [, withStaff, past] = await Promise.all([
      loadClient(deps.clients, studioId, clientId),
      staffNamesOf(deps, studioId),
      deps.appointments.listForClient(studioId, clientId, { when: "past", now: deps.clock(), ...page }),
    ]);
    return { items: past.items.map(withStaff), nextCursor: past.nextCursor };
  };
