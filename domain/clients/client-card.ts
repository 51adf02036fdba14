import { clientStatistics } from "../client-card/client-statistics";
import { reliability } from "../client-card/reliability";
import { currentConsent } from "../messaging/consent";
import type { Appointment } from "../model/appointment";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { loadClient } from "./load-client";

const STAFF_PAGE = { limit: 100, cursor: null };

/** The client card: profile, history split at now, statistics, reliability and consent derived from it. */
export const clientCard =
  (deps: Pick<Dependencies, "studios" | "clients" | "appointments" | "staff" | "consents" | "clock">) =>
  async (studioId: string, clientId: string) => {
    const [studio, client] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadClient(deps.clients, studioId, clientId),
    ]);
    const [appointments, staff, consentEntries] = await Promise.all([
      deps.appointments.listForClient(studioId, clientId),
      deps.staff.list(studioId, STAFF_PAGE),
      deps.consents.entries(studioId, clientId),
    ]);
    const now = deps.clock();
    const staffNames = new Map(staff.items.map((member) => [member.id, member.name]));
    const withStaff = (appointment: Appointment) => ({
      ...appointment,
      staffName: staffNames.get(appointment.staffId) ?? null,
    });
    const isUpcoming = (appointment: Appointment) =>
      appointment.status === "booked" && Date.parse(appointment.startsAt) > Date.parse(now);
    return {
      client,
      upcomingAppointments: appointments.filter(isUpcoming).map(withStaff),
      pastAppointments: appointments
        .filter((appointment) => !isUpcoming(appointment))
        .reverse()
        .map(withStaff),
      missedAppointments: appointments.filter((appointment) => appointment.status === "no_show").length,
      cancelledAppointments: appointments.filter((appointment) => appointment.status === "cancelled").length,
      statistics: clientStatistics(appointments, {
        now,
        timeZone: studio.timeZone,
        clientSince: client.clientSince,
      }),
      reliability: reliability(appointments),
      consent: currentConsent(consentEntries),
    };
  };
