import type { Appointment } from "../model/appointment";
import type { Versioned } from "../model/versioned";

export interface RecordedVisit {
  startsAt: string;
  /** Minor currency units. */
  price: number;
  serviceId: string;
  serviceName: string;
}

export type IncidentKind = "no_show" | "late_cancellation";

export interface RecordedIncident {
  startsAt: string;
  kind: IncidentKind;
}

/**
 * What a client card derives its statistics and reliability from, kept up to date in the same transaction
 * as every appointment change, so the card never reads the whole history. Like the visit rhythm it is a
 * pure fold of the appointments' current states (each map is keyed by appointment id), so correcting a
 * status simply moves the appointment to another map.
 */
export interface VisitHistory extends Versioned {
  studioId: string;
  clientId: string;
  visits: Record<string, RecordedVisit>;
  incidents: Record<string, RecordedIncident>;
  /** Booked, not yet attended, cancelled or missed: id → start. */
  booked: Record<string, string>;
  /** Cancelled in time: id → start. */
  cancelled: Record<string, string>;
}

export const emptyVisitHistory = (studioId: string, clientId: string): VisitHistory => ({
  studioId,
  clientId,
  visits: {},
  incidents: {},
  booked: {},
  cancelled: {},
  version: 0,
});

const without = <T>(record: Record<string, T>, id: string): Record<string, T> => {
  const { [id]: _removed, ...rest } = record;
  return rest;
};

/** Folds one appointment's current state into the history (the version is left to the caller). */
export const recordInHistory = (history: VisitHistory, appointment: Appointment): VisitHistory => {
  const { id, startsAt } = appointment;
  const next: VisitHistory = {
    ...history,
    visits: without(history.visits, id),
    incidents: without(history.incidents, id),
    booked: without(history.booked, id),
    cancelled: without(history.cancelled, id),
  };
  switch (appointment.status) {
    case "attended":
      next.visits[id] = {
        startsAt,
        price: appointment.price,
        serviceId: appointment.serviceId,
        serviceName: appointment.serviceName,
      };
      break;
    case "no_show":
      next.incidents[id] = { startsAt, kind: "no_show" };
      break;
    case "cancelled":
      if (appointment.lateCancellation) next.incidents[id] = { startsAt, kind: "late_cancellation" };
      else next.cancelled[id] = startsAt;
      break;
    case "booked":
      next.booked[id] = startsAt;
      break;
  }
  return next;
};

/** The history of a list of appointments, e.g. for an import or a test. */
export const visitHistoryOf = (studioId: string, clientId: string, appointments: readonly Appointment[]) =>
  appointments.reduce(recordInHistory, emptyVisitHistory(studioId, clientId));
