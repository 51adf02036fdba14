import type { WeeklyHours } from "./studio";

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
  createdAt: string;
  updatedAt: string;
  version: number;
}
