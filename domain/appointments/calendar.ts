import { DateTime } from "luxon";
import { validationError } from "../errors";
import type { Appointment } from "../model/appointment";
import { appointmentPolicyOf } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";

export interface CalendarQuery {
  /** The first local day, YYYY-MM-DD in the studio's zone. */
  from: string;
  /** 1 (a day) to 7 (a week). */
  days: number;
  /** One staff member's calendar; the whole studio's when null. */
  staffId: string | null;
}

export interface CalendarEntry extends Appointment {
  clientName: string | null;
  unconfirmed: boolean;
  lateArrival: boolean;
}

/**
 * The studio's calendar of a day or a week in its own zone (a DST day is 23 or 25 hours long), for one staff
 * member or all: one query of the calendar index and one batch read of the clients' names, however many
 * staff and appointments there are. Appointments reaching into the range from the day before are included.
 * Each entry says whether the client confirmed it and whether they are late (started, not yet marked).
 */
export const calendar =
  (deps: Pick<Dependencies, "studios" | "clients" | "appointments" | "clock">) =>
  async (studioId: string, query: CalendarQuery) => {
    const studio = await loadStudio(deps.studios, studioId);
    const start = DateTime.fromISO(query.from, { zone: studio.timeZone }).startOf("day");
    if (!start.isValid) throw validationError("from", "must be a date, YYYY-MM-DD");
    const from = start.toUTC().toISO()!;
    const to = start.plus({ days: query.days }).toUTC().toISO()!;
    const appointments = await deps.appointments.calendar(studioId, { from, to, staffId: query.staffId });
    const clientIds = [...new Set(appointments.map((appointment) => appointment.clientId))];
    const cards = await Promise.all(clientIds.map((clientId) => deps.clients.get(studioId, clientId)));
    const names = new Map(
      cards.flatMap((card) =>
        card === null ? [] : [[card.id, `${card.firstName} ${card.lastName}`] as const],
      ),
    );
    const now = Date.parse(deps.clock());
    const lateAfterMs = appointmentPolicyOf(studio.settings).lateArrivalMinutes * 60_000;
    return {
      from,
      to,
      timeZone: studio.timeZone,
      items: appointments.map(
        (appointment): CalendarEntry => ({
          ...appointment,
          clientName: names.get(appointment.clientId) ?? null,
          unconfirmed: appointment.status === "booked" && appointment.confirmedAt === undefined,
          lateArrival:
            appointment.status === "booked" &&
            now >= Date.parse(appointment.startsAt) + lateAfterMs &&
            now < Date.parse(appointment.endsAt),
        }),
      ),
    };
  };
