export type AppointmentStatus = "booked" | "attended" | "cancelled" | "no_show";

export interface Appointment {
  id: string;
  studioId: string;
  clientId: string;
  staffId: string;
  serviceId: string;
  /** Denormalised at booking time so history and statistics survive catalog edits. */
  serviceName: string;
  categoryId: string;
  /** UTC instant, ISO 8601. */
  startsAt: string;
  /** UTC instant, ISO 8601; exclusive. */
  endsAt: string;
  /** Minor currency units. */
  price: number;
  notes: string;
  projectId: string | null;
  status: AppointmentStatus;
  /** Set when status is cancelled: cancelled inside the studio's late-cancellation period. */
  lateCancellation: boolean;
  /** Set when status is no_show. */
  noShowReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Appointments that hold their staff member's time; cancelled and no-show slots are free again. */
export const holdsSlot = (status: AppointmentStatus): boolean => status === "booked" || status === "attended";
