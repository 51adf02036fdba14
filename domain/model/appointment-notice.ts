import type { ChannelPolicy } from "./consent";
import type { TemplatePurpose } from "./template";

/**
 * A message an appointment owes its client, waiting in the due index until `dueAt`: the notice of a booking,
 * a move or a cancellation (due at once), a reminder, or a no-show measure. One per appointment and kind:
 * planning it again replaces it, so a reschedule replaces the reminders it voids. A measure staff take has no
 * appointment: its `appointmentId` is the measure's subject (`client.<id>`) and it has no start.
 */
export interface AppointmentNotice {
  studioId: string;
  appointmentId: string;
  clientId: string;
  /** `booked`, `rescheduled`, `cancelled` or `reminder-<hours>h-<channel>`. */
  kind: string;
  templatePurpose: TemplatePurpose;
  channelPolicy: ChannelPolicy;
  dueAt: string;
  /** The appointment's version it was planned for: the sender drops a reminder planned for another. */
  appointmentVersion: number;
  /** What the message says, as it was when planned; null for a staff measure. */
  startsAt: string | null;
  serviceName: string | null;
  /** The deposit a deposit's notice is about (minor units of the studio's currency). */
  depositAmount?: number;
}

/** What an appointment change does to its pending notices: ones to (re)place, kinds to drop. */
export interface NoticePlan {
  put: AppointmentNotice[];
  remove: string[];
}
