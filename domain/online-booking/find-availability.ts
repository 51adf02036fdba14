import { allStudioItems } from "../catalog/studio-item";
import { validationError } from "../errors";
import type { Service, Staff } from "../model/catalog";
import { closedDatesOf } from "../model/studio";
import type { StaffDay } from "../ports/appointment-store";
import type { Dependencies } from "../ports/dependencies";
import {
  type AvailableDay,
  availableDays,
  datesFrom,
  performersOf,
  type SlotContext,
  type StaffCalendar,
} from "./availability";
import { type BookingStudio, bookingStudio } from "./booking-studio";

export interface AvailabilityQuery {
  serviceId: string;
  /** One staff member, or null for anyone who performs the service. */
  staffId: string | null;
  /** First local date, YYYY-MM-DD. */
  from: string;
  days: number;
}

type OnlineDeps = Pick<
  Dependencies,
  "studios" | "onlineBooking" | "services" | "staff" | "appointments" | "clock"
>;

/** The service bookable online and the staff the client may have for it (one, or all who perform it). */
export const onlineServiceAndStaff = async (
  deps: OnlineDeps,
  { studio, settings }: BookingStudio,
  serviceId: string,
  staffId: string | null,
): Promise<{ service: Service; staff: Staff[] }> => {
  const [service, allStaff] = await Promise.all([
    deps.services.get(studio.id, serviceId),
    allStudioItems(deps.staff, studio.id),
  ]);
  if (service === null || !service.bookableOnline)
    throw validationError("serviceId", "is not bookable online");
  const performers = performersOf(service, allStaff);
  if (staffId === null) return { service, staff: performers };
  if (!settings.staffChoice)
    throw validationError("staffId", "this studio assigns the staff member; send none");
  const chosen = performers.filter((member) => member.id === staffId);
  if (chosen.length === 0) throw validationError("staffId", "does not perform this service");
  return { service, staff: chosen };
};

export const slotContextOf = (
  { studio, settings }: BookingStudio,
  service: Service,
  now: string,
): SlotContext => ({
  timeZone: studio.timeZone,
  closedDates: closedDatesOf(studio.settings),
  now,
  rules: settings,
  service,
});

/** Reads the given staff days, one batch for all: the calendars availability is computed from. */
export const calendarsOf = async (
  deps: Pick<Dependencies, "appointments">,
  studioId: string,
  staff: readonly Staff[],
  dates: readonly string[],
): Promise<StaffCalendar[]> =>
  Promise.all(
    staff.map(async (member) => {
      const days = await Promise.all(
        dates.map((date) => deps.appointments.staffDay(studioId, member.id, date)),
      );
      return { staff: member, days: new Map(days.map((day): [string, StaffDay] => [day.date, day])) };
    }),
  );

/**
 * Free slots for a service over up to 14 local dates: working hours less time off, closed days, everything
 * held (appointments with buffers, live holds), the minimum notice and the horizon. Reads one staff day per
 * staff member and date, all in one wave, and no appointment.
 */
export const findAvailability =
  (deps: OnlineDeps) =>
  async (handle: string, query: AvailabilityQuery): Promise<{ days: AvailableDay[] }> => {
    const now = deps.clock();
    const studio = await bookingStudio(deps, handle);
    const { service, staff } = await onlineServiceAndStaff(deps, studio, query.serviceId, query.staffId);
    const dates = datesFrom(query.from, query.days);
    const calendars = await calendarsOf(deps, studio.studio.id, staff, dates);
    return { days: availableDays(dates, calendars, slotContextOf(studio, service, now)) };
  };
