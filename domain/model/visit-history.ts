import type { Versioned } from "./versioned";

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
  /** The part of `booked` the client booked online: what their limit of open online bookings counts. */
  bookedOnline: Record<string, string>;
  /** Cancelled in time: id → start. */
  cancelled: Record<string, string>;
}
