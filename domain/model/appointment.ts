/** `pending_deposit`: booked online, holding its slot until the deposit is paid or the time to pay ends. */
export type AppointmentStatus = "pending_deposit" | "booked" | "attended" | "cancelled" | "no_show";

/** Who made the booking: staff in the console, the client through online booking or a waitlist offer. */
export type BookingSource = "staff" | "online" | "waitlist";

/** The studio's terms as the client accepted them when booking online: the proof of what they agreed to. */
export interface TermsAcceptance {
  version: number;
  /** SHA-256 of the terms text shown, hex. */
  textHash: string;
  acceptedAt: string;
  /** Keyed hash of the client's IP address; the address itself is not kept. */
  ipHash: string | null;
  userAgent: string | null;
}

/**
 * Where a deposit stands: asked for (`requested`), `paid`, then paid back (`refunding` until the provider
 * confirms, then `refunded`), kept on a no-show or a late cancellation (`retained`), or counted toward the
 * price on attendance (`credited`). A request closed before it was paid is `expired` (the time to pay ran
 * out) or `cancelled` (the booking was); a payment that arrives after that is paid back.
 */
export type DepositStatus =
  | "requested"
  | "paid"
  | "refunding"
  | "refunded"
  | "retained"
  | "credited"
  | "expired"
  | "cancelled";

/** The deposit an appointment asks for, and what became of it. */
export interface AppointmentDeposit {
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  status: DepositStatus;
  requestedAt: string;
  /** An online booking's time to pay: unpaid then, it is released. Null for a deposit staff asked for. */
  payBy: string | null;
  /** The provider's checkout and the page the client pays on. */
  checkoutId: string;
  paymentUrl: string;
  /** The provider's payment, once paid. */
  paymentId: string | null;
  paidAt: string | null;
  refundId: string | null;
  /** When it was refunded, retained, credited, expired or cancelled. */
  settledAt: string | null;
}

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
  /** The service's buffers when booked: the staff member's time is held from start − before to end + after. */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  source: BookingSource;
  /** Online bookings: the terms the client accepted. */
  termsAcceptance: TermsAcceptance | null;
  status: AppointmentStatus;
  /** The deposit asked for; absent when none was. */
  deposit?: AppointmentDeposit;
  /** Set when status is cancelled: cancelled inside the studio's late-cancellation period. */
  lateCancellation: boolean;
  /** Why staff counted a cancellation otherwise than the studio's cut-off would; absent when they did not. */
  lateOverrideReason?: string;
  /** Set when status is no_show. */
  noShowReason: string | null;
  /** When the client confirmed it from their link (the reminder's); absent while unconfirmed. */
  confirmedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Appointments that hold their staff member's time; cancelled and no-show slots are free again. */
export const holdsSlot = (status: AppointmentStatus): boolean =>
  status === "pending_deposit" || status === "booked" || status === "attended";
