import type { Versioned } from "./versioned";

export type WaitlistEntryStatus = "waiting" | "booked" | "removed";

/** A client waiting for a slot of a service (with one staff member, or anyone) between two local dates. */
export interface WaitlistEntry extends Versioned {
  id: string;
  studioId: string;
  clientId: string;
  serviceId: string;
  /** Null: anyone who performs the service. */
  staffId: string | null;
  /** Local dates in the studio's zone, both included. */
  fromDate: string;
  toDate: string;
  /** Local times "HH:mm" the offered start must fall in (`to` exclusive, "24:00" allowed); null or absent: any. */
  timeOfDay?: { from: string; to: string } | null;
  status: WaitlistEntryStatus;
  /** Set once an accepted offer booked it. */
  appointmentId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A freed slot offered to one waiting client: the entry's service with the freed appointment's staff member
 * at `startsAt`. Open until `openUntil`; the first accept among the offers of a slot books it.
 */
export interface WaitlistOffer extends Versioned {
  id: string;
  studioId: string;
  entryId: string;
  clientId: string;
  serviceId: string;
  /** As the service was named when offered. */
  serviceName: string;
  staffId: string;
  startsAt: string;
  endsAt: string;
  /** The cancelled or missed appointment whose time is offered. */
  freedAppointmentId: string;
  /** The round's hold of the offered time, which the accept's booking takes over; absent on older offers. */
  holdId?: string;
  openUntil: string;
  status: "open" | "accepted";
  /** The booking an accept made. */
  appointmentId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * How a studio offers a freed slot: to whom first (the order they joined, or the most reliable first — the
 * card's reliability score, clients without a record after those with one), how many at once (the first to
 * accept wins; 1 offers it to one client at a time), and how long each offer may be accepted.
 */
export interface WaitlistPolicy {
  order: "joined" | "reliability";
  offersPerRound: number;
  offerMinutes: number;
}

export const DEFAULT_WAITLIST_POLICY: WaitlistPolicy = {
  order: "joined",
  offersPerRound: 3,
  offerMinutes: 30,
};
