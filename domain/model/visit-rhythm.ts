import type { ReconnectState } from "./reconnect";

/**
 * A client's booking rhythm in one service category, kept up to date on every appointment change.
 * It is a pure function of the attended visits and open bookings it holds, so a correction
 * (attended → cancelled) simply removes the visit again.
 */
export interface VisitRhythm {
  studioId: string;
  clientId: string;
  categoryId: string;
  /** Attended appointments: appointment id → start instant. */
  attendedVisits: Record<string, string>;
  /** Booked (not yet attended, cancelled or no-show) appointments: appointment id → start instant. */
  openBookings: Record<string, string>;
  /** The service of each open booking: appointment id → service name (what "booked for …" shows). */
  bookedServices: Record<string, string>;
  /** Median gap between attended visits, once there are three; null before. */
  typicalIntervalDays: number | null;
  /** When the client falls out of rhythm unless they book: last visit + interval + grace. */
  dueAt: string | null;
  /**
   * The earliest instant at which the client can be overdue: `dueAt`, pushed past any open booking.
   * The sparse due-time index is keyed by it; null keeps the record out of the index.
   */
  reviewAt: string | null;
  /** Set once by the overdue scan; cleared when the client books or visits again. */
  overdueSince: string | null;
  /** Set while the client is past their due time but holds a booking still to come: not overdue, "booked". */
  bookedSince: string | null;
  /** The ReConnect campaign in this category; absent or null before the first campaign touched it. */
  reconnect?: ReconnectState | null;
  version: number;
}
