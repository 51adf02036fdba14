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

/** The ladder's steps (policy message, warning, temporary online ban) and what staff decide. */
export type MeasureKind = "policy_notice" | "warning" | "online_ban" | "permanent_ban" | "ban_lifted";

/** A measure taken about a client's reliability, kept on the card for good. */
export interface Measure {
  kind: MeasureKind;
  at: string;
  /** `ladder`: taken for an incident (its appointment id); `staff`: decided by a staff member. */
  by: "ladder" | "staff";
  incidentId: string | null;
  /** Staff measures: why (required). */
  reason: string | null;
  /** Bans: until when; null for good. */
  until: string | null;
  /** Set when the incident was corrected: the step no longer stands. */
  undoneAt: string | null;
}

/** The client may not book online while it lasts (the public guard refuses them neutrally). */
export interface OnlineBan {
  since: string;
  /** Null: for good, until staff lift it. */
  until: string | null;
  /** The measure that placed it (its key in `measures`). */
  measure: string;
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
  /** Measures taken, by key: `ladder#<incident id>` (one per incident) or `staff#<time>`. */
  measures: Record<string, Measure>;
  onlineBan: OnlineBan | null;
}
