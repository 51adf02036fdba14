import type { Appointment } from "../model/appointment";
import type { VisitHistory } from "../model/visit-history";

export const emptyVisitHistory = (studioId: string, clientId: string): VisitHistory => ({
  studioId,
  clientId,
  visits: {},
  incidents: {},
  booked: {},
  bookedOnline: {},
  cancelled: {},
  measures: {},
  onlineBan: null,
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
    bookedOnline: without(history.bookedOnline, id),
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
    // A booking waiting for its deposit holds its slot: it counts as open (the per-phone limit counts it too).
    case "pending_deposit":
    case "booked":
      next.booked[id] = startsAt;
      if (appointment.source === "online") next.bookedOnline[id] = startsAt;
      break;
  }
  return next;
};

/** The history of a list of appointments, e.g. for an import or a test. */
export const visitHistoryOf = (studioId: string, clientId: string, appointments: readonly Appointment[]) =>
  appointments.reduce(recordInHistory, emptyVisitHistory(studioId, clientId));
