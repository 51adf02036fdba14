import type { Appointment } from "../model/appointment";
import type { ReconnectStatsDelta } from "../model/reconnect";
import type { VisitRhythm } from "../model/visit-rhythm";

/** One staff member's bookings on one local day of the studio, versioned for optimistic locking. */
export interface StaffDay {
  studioId: string;
  staffId: string;
  /** Local date in the studio's zone, YYYY-MM-DD. */
  date: string;
  /** Appointments holding time that day: id → [startsAt, endsAt). */
  bookings: Record<string, { startsAt: string; endsAt: string }>;
  /** 0 for a day never written. */
  version: number;
}

/**
 * Everything one appointment change writes, committed atomically. Each versioned item is written only
 * if its stored version still equals `version`; otherwise the commit fails with CONCURRENT_UPDATE and
 * nothing is written.
 */
export interface AppointmentChange {
  appointment: Appointment;
  /** True when the appointment is new (it must not exist yet). */
  isNew: boolean;
  /** Version the appointment had when read; ignored for a new one. */
  appointmentVersion: number;
  staffDays: StaffDay[];
  rhythm: VisitRhythm;
  /** The ReConnect statistics change the change causes (a client won back), written in the same transaction. */
  reconnectStats?: ReconnectStatsDelta | null;
}

export interface StoredAppointment {
  appointment: Appointment;
  version: number;
}

export interface AppointmentStore {
  get(studioId: string, appointmentId: string): Promise<StoredAppointment | null>;
  listForClient(studioId: string, clientId: string): Promise<Appointment[]>;
  staffDay(studioId: string, staffId: string, date: string): Promise<StaffDay>;
  rhythm(studioId: string, clientId: string, categoryId: string): Promise<VisitRhythm>;
  rhythmsForClient(studioId: string, clientId: string): Promise<VisitRhythm[]>;
  commit(change: AppointmentChange): Promise<void>;
  /**
   * Writes a history built in bulk (the demo seed, an import from another booking system) without
   * per-item conditions: the caller derived staff days and rhythms with the same rules `commit` uses.
   */
  importHistory(history: {
    appointments: Appointment[];
    staffDays: StaffDay[];
    rhythms: VisitRhythm[];
  }): Promise<void>;
  /** Removes the notes of the client's appointments (GDPR erasure); the rest stays for statistics. */
  anonymiseForClient(studioId: string, clientId: string): Promise<void>;
}
