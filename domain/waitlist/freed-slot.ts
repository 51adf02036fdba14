import { noticeOf } from "../appointments/appointment-notices";
import { holdsTime } from "../appointments/staff-day-bookings";
import type { Appointment } from "../model/appointment";
import type { AppointmentNotice } from "../model/appointment-notice";
import type { AppointmentPolicy } from "../model/studio";

/** The kind of the notice a freed slot plans: the notice run offers the slot to the waitlist instead of telling the client. */
export const SLOT_FREED_NOTICE = "slot-freed";

/**
 * A cancellation or a no-show frees the appointment's time; while some of it is still ahead, the change plans
 * a notice that the notice run turns into waitlist offers. Planned in the change's own transaction, so a
 * freed slot is offered exactly once per change, whatever crashes.
 */
export const freedSlotNotice = (
  before: Appointment | null,
  after: Appointment,
  policy: AppointmentPolicy,
  now: string,
): AppointmentNotice | null => {
  const freed = holdsTime(before) && (after.status === "cancelled" || after.status === "no_show");
  if (!freed || Date.parse(after.endsAt) <= Date.parse(now)) return null;
  return noticeOf(after, SLOT_FREED_NOTICE, "waitlist_offer", policy.noticeChannel, now);
};
