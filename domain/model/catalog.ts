import type { TimeSpan, WeeklyHours } from "./studio";

export interface ServiceCategory {
  id: string;
  studioId: string;
  name: string;
  /** Interval used for clients with fewer than three attended visits; null = not evaluated until then. */
  defaultIntervalDays: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Service {
  id: string;
  studioId: string;
  categoryId: string;
  name: string;
  durationMinutes: number;
  /** Minor currency units (cents). */
  price: number;
  /** Minutes kept free before and after it (preparation, cleaning): part of the time every booking of it holds. */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** Offered in the studio's online booking. */
  bookableOnline: boolean;
  /** Who performs it; empty = every staff member. */
  staffIds: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Staff {
  id: string;
  studioId: string;
  name: string;
  email: string | null;
  workingHours: WeeklyHours;
  /** Whole days away, local dates, both ends included. */
  timeOff: TimeOff[];
  /** A date's own hours instead of the weekly ones; an empty list is a day off. */
  dateOverrides: Record<string, TimeSpan[]>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TimeOff {
  from: string;
  to: string;
  reason: string;
}
