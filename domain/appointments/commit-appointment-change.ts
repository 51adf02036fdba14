import type { Appointment } from "../model/appointment";
import type { Studio } from "../model/studio";
import type { AppointmentStore, StaffDay } from "../ports/appointment-store";
import type { Dependencies } from "../ports/dependencies";
import { attributeReconnection } from "../reconnect/reconnect-attribution";
import { recordAppointment } from "../rhythm/visit-rhythm-rules";
import { holdsTime, localDateOf, withBooking, withoutBooking } from "./staff-day-bookings";

const staffDayOf = (store: AppointmentStore, studio: Studio, appointment: Appointment) =>
  store.staffDay(studio.id, appointment.staffId, localDateOf(appointment.startsAt, studio.timeZone));

const sameDay = (a: StaffDay, b: StaffDay) => a.staffId === b.staffId && a.date === b.date;

/**
 * Writes an appointment's new state together with everything derived from it — the staff days whose
 * time it frees or takes, and its client's visit rhythm — in one transaction guarded by versions.
 */
export const commitAppointmentChange = async (
  deps: Pick<Dependencies, "appointments" | "categories">,
  studio: Studio,
  before: { appointment: Appointment; version: number } | null,
  after: Appointment,
): Promise<void> => {
  const store = deps.appointments;
  const freed = holdsTime(before?.appointment ?? null)
    ? withoutBooking(await staffDayOf(store, studio, before!.appointment), after.id)
    : null;
  let staffDays: StaffDay[] = freed === null ? [] : [freed];
  if (holdsTime(after)) {
    const target = await staffDayOf(store, studio, after);
    const current = freed !== null && sameDay(freed, target) ? freed : target;
    staffDays = [...staffDays.filter((day) => !sameDay(day, current)), withBooking(current, after)];
  }
  const [rhythm, category] = await Promise.all([
    store.rhythm(studio.id, after.clientId, after.categoryId),
    deps.categories.get(studio.id, after.categoryId),
  ]);
  const recorded = recordAppointment(rhythm, after, {
    timeZone: studio.timeZone,
    graceDays: studio.settings.overdueGraceDays,
    categoryDefaultIntervalDays: category?.defaultIntervalDays ?? null,
  });
  const reconnect = attributeReconnection(recorded, after, after.updatedAt);
  await store.commit({
    appointment: after,
    isNew: before === null,
    appointmentVersion: before?.version ?? 0,
    staffDays,
    rhythm: reconnect.rhythm,
    reconnectStats: reconnect.stats,
  });
};
