import type { Appointment } from "../model/appointment";
import type { AppointmentNotice, NoticePlan } from "../model/appointment-notice";
import type { Project } from "../model/project";
import type { RedemptionWrite } from "../model/promotion";
import type { ReconnectStatsDelta } from "../model/reconnect";
import type { Versioned } from "../model/versioned";
import type { VisitHistory } from "../model/visit-history";
import type { VisitRhythm } from "../model/visit-rhythm";
import type { Page, PageRequest } from "./page";

export interface HeldTime {
  startsAt: string;
  endsAt: string;
  /** Holds only: when the hold lapses. */
  lapsesAt?: string;
}

/** One staff member's bookings on one local day of the studio; an appointment is filed under every day it touches. */
export interface StaffDay extends Versioned {
  studioId: string;
  staffId: string;
  /** Local date in the studio's zone, YYYY-MM-DD. */
  date: string;
  /**
   * What holds time that day: appointments (their time with the service's buffers) and online-booking holds
   * (with `lapsesAt`; an expired hold holds nothing and is dropped at the next write), id → [startsAt, endsAt).
   */
  bookings: Record<string, HeldTime>;
}

/**
 * Everything one appointment change writes, committed atomically, each item at the version to store: it is
 * written only if the stored version is the one before (version 1: nothing stored yet); otherwise the
 * commit fails with CONCURRENT_UPDATE and nothing is written.
 */
export interface AppointmentChange {
  appointment: Appointment;
  staffDays: StaffDay[];
  /** The rhythm as read: what the change moves the category's overdue count from. */
  previousRhythm: VisitRhythm;
  rhythm: VisitRhythm;
  history: VisitHistory;
  /** The ReConnect statistics change the change causes (a client won back), written in the same transaction. */
  reconnectStats?: ReconnectStatsDelta | null;
  /** The notices and reminders the change plans or voids, written in the same transaction. */
  notices: NoticePlan;
  /** The appointment's project with its sessions brought up to date, at its next version; none without a project. */
  project?: Project | null;
  /** A promotion redeemed on the booking, whose price the change lowers: written in the same transaction. */
  redemption?: RedemptionWrite | null;
}

export interface ClientAppointmentsQuery extends PageRequest {
  /** Upcoming: starting after `now`, soonest first. Past: starting at or before `now`, latest first. */
  when: "upcoming" | "past";
  now: string;
}

export interface CalendarRange {
  /** Appointments starting at or after `from` and before `to` (UTC instants). */
  from: string;
  to: string;
  staffId: string | null;
}

export interface AppointmentStore {
  /** Strongly consistent: the state a change starts from. */
  get(studioId: string, appointmentId: string): Promise<Appointment | null>;
  /** A client's upcoming or past appointments, a page at a time. */
  listForClient(
    studioId: string,
    clientId: string,
    query: ClientAppointmentsQuery,
  ): Promise<Page<Appointment>>;
  /** The studio's appointments in a time range (one staff member's or all), earliest first. */
  calendar(studioId: string, range: CalendarRange): Promise<Appointment[]>;
  /** Strongly consistent; version 0 for a day never written. */
  staffDay(studioId: string, staffId: string, date: string): Promise<StaffDay>;
  /** Strongly consistent; version 0 for a rhythm never written. */
  rhythm(studioId: string, clientId: string, categoryId: string): Promise<VisitRhythm>;
  rhythmsForClient(studioId: string, clientId: string): Promise<VisitRhythm[]>;
  /** Strongly consistent; version 0 for a client without appointments. */
  history(studioId: string, clientId: string): Promise<VisitHistory>;
  commit(change: AppointmentChange): Promise<void>;
  /**
   * Writes a history built in bulk (the demo seed, an import from another booking system) without
   * per-item conditions: the caller derived staff days, rhythms and histories with the rules `commit` uses.
   */
  importHistory(history: {
    appointments: Appointment[];
    staffDays: StaffDay[];
    rhythms: VisitRhythm[];
    histories: VisitHistory[];
  }): Promise<void>;
  /**
   * Writes a measure staff took (the history at its next version) with the notice that tells the client.
   * Fails with CONCURRENT_UPDATE when an appointment change wrote the history first.
   */
  recordMeasure(history: VisitHistory, notice: AppointmentNotice): Promise<void>;
  /** The notices due by `now`, a page per read of each shard, earliest first within a page. */
  dueNotices(now: string): AsyncIterable<AppointmentNotice[]>;
  /** Drops a notice that was queued, unless a later change replaced it meanwhile (then the new one stays). */
  removeNotice(notice: AppointmentNotice): Promise<void>;
  /** Removes the notes of the client's appointments (GDPR erasure); the rest stays for statistics. */
  anonymiseForClient(studioId: string, clientId: string): Promise<void>;
}
