import { recordInHistory } from "../client-card/visit-history";
import type { Appointment } from "../model/appointment";
import type { Studio } from "../model/studio";
import { nextVersion } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { attributeReconnection } from "../reconnect/reconnect-attribution";
import { settledStatus } from "../rhythm/overdue-rule";
import { recordAppointment } from "../rhythm/visit-rhythm-rules";
import { heldDays, holdsSameTime, type StaffDayKey, withBooking, withoutBooking } from "./staff-day-bookings";

const sameDay = (a: StaffDayKey) => (b: StaffDayKey) => a.staffId === b.staffId && a.date === b.date;

/**
 * Writes an appointment's new state (at its next version) together with everything derived from it — the
 * staff days whose time it frees or takes, its client's visit rhythm and visit history — in one
 * transaction guarded by versions. Everything it needs is read in one wave, staff days only when the held
 * time changes; `check` (a read and a rule, e.g. the staff member's hours) runs in the same wave.
 */
export const commitAppointmentChange = async (
  deps: Pick<Dependencies, "appointments" | "categories">,
  studio: Studio,
  before: Appointment | null,
  after: Appointment,
  check: () => Promise<void> = async () => {},
): Promise<void> => {
  const store = deps.appointments;
  const touched = holdsSameTime(before, after)
    ? []
    : [...heldDays(before, studio.timeZone), ...heldDays(after, studio.timeZone)].filter(
        (key, index, all) => all.findIndex(sameDay(key)) === index,
      );
  const [days, rhythm, history, category] = await Promise.all([
    Promise.all(touched.map((key) => store.staffDay(studio.id, key.staffId, key.date))),
    store.rhythm(studio.id, after.clientId, after.categoryId),
    store.history(studio.id, after.clientId),
    deps.categories.get(studio.id, after.categoryId),
    check(),
  ]);
  const held = heldDays(after, studio.timeZone);
  const staffDays = days.map((day) => {
    const freed = withoutBooking(day, after.id);
    return nextVersion(held.some(sameDay(day)) ? withBooking(freed, after) : freed);
  });
  const recorded = recordAppointment(rhythm, after, {
    timeZone: studio.timeZone,
    graceDays: studio.settings.overdueGraceDays,
    categoryDefaultIntervalDays: category?.defaultIntervalDays ?? null,
  });
  const reconnect = attributeReconnection(recorded, after, after.updatedAt);
  await store.commit({
    appointment: after,
    staffDays,
    previousRhythm: rhythm,
    rhythm: nextVersion(settledStatus(reconnect.rhythm, after.updatedAt)),
    history: nextVersion(recordInHistory(history, after)),
    reconnectStats: reconnect.stats,
  });
};
