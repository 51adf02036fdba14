import { recordInHistory } from "../client-card/visit-history";
import { planDepositNotices } from "../deposits/deposit-notices";
import { notFound } from "../errors";
import type { Appointment } from "../model/appointment";
import type { Project } from "../model/project";
import type { RedemptionWrite } from "../model/promotion";
import { appointmentPolicyOf, type Studio } from "../model/studio";
import { nextVersion } from "../model/versioned";
import { applyLadder } from "../no-shows/escalation-ladder";
import type { AppointmentChange } from "../ports/appointment-store";
import type { Dependencies } from "../ports/dependencies";
import { withAppointmentDeposit } from "../projects/project-deposit";
import { withSession } from "../projects/project-sessions";
import { attributeReconnection } from "../reconnect/reconnect-attribution";
import { settledStatus } from "../rhythm/overdue-rule";
import { recordAppointment } from "../rhythm/visit-rhythm-rules";
import { freedSlotNotice } from "../waitlist/freed-slot";
import { planNotices } from "./appointment-notices";
import {
  heldDays,
  heldTimeOf,
  holdsSameTime,
  type StaffDayKey,
  withBooking,
  withoutBooking,
} from "./staff-day-bookings";

const sameDay = (a: StaffDayKey) => (b: StaffDayKey) => a.staffId === b.staffId && a.date === b.date;

export interface ChangeOptions {
  /** A read and a rule run in the same wave as the change's reads (e.g. the staff member's hours). */
  check?: () => Promise<void>;
  /** An online-booking hold on the same time that the appointment takes over. */
  releasedHold?: string;
  /** A project the change opens (version 0): the appointment is its first session, written with it. */
  newProject?: Project;
  /** A promotion redeemed on the booking, whose price the change lowers: written in the same transaction. */
  redemption?: RedemptionWrite;
}

/**
 * Everything an appointment change writes: the appointment at its next version with the staff days whose
 * time it frees or takes, its client's visit rhythm and visit history, its notices and its project's sessions, all read
 * in one wave (staff days only when the held time changes). A project must be the client's own.
 */
export const planAppointmentChange = async (
  deps: Pick<Dependencies, "appointments" | "categories" | "projects">,
  studio: Studio,
  before: Appointment | null,
  after: Appointment,
  options: ChangeOptions = {},
): Promise<AppointmentChange> => {
  const store = deps.appointments;
  const touched = holdsSameTime(before, after)
    ? []
    : [...heldDays(before, studio.timeZone), ...heldDays(after, studio.timeZone)].filter(
        (key, index, all) => all.findIndex(sameDay(key)) === index,
      );
  const [days, rhythm, history, category, project] = await Promise.all([
    Promise.all(touched.map((key) => store.staffDay(studio.id, key.staffId, key.date))),
    store.rhythm(studio.id, after.clientId, after.categoryId),
    store.history(studio.id, after.clientId),
    deps.categories.get(studio.id, after.categoryId),
    after.projectId === null ? null : (options.newProject ?? deps.projects.get(studio.id, after.projectId)),
    options.check?.(),
  ]);
  if (after.projectId !== null && project?.clientId !== after.clientId)
    throw notFound("PROJECT.NOT_FOUND", after.projectId);
  const held = heldDays(after, studio.timeZone);
  const now = after.updatedAt;
  const releasing = options.releasedHold === undefined ? [after.id] : [after.id, options.releasedHold];
  const staffDays = days.map((day) => {
    const freed = withoutBooking(day, now, ...releasing);
    return nextVersion(
      held.some(sameDay(day)) ? withBooking(freed, after.id, heldTimeOf(after), now) : freed,
    );
  });
  const recorded = recordAppointment(rhythm, after, {
    timeZone: studio.timeZone,
    graceDays: studio.settings.overdueGraceDays,
    categoryDefaultIntervalDays: category?.defaultIntervalDays ?? null,
  });
  const reconnect = attributeReconnection(recorded, after, after.updatedAt);
  const policy = appointmentPolicyOf(studio.settings);
  const reminders = planNotices(before, after, policy, studio.timeZone, now);
  const ladder = applyLadder(
    history,
    recordInHistory(history, after),
    {
      appointmentId: after.id,
      clientId: after.clientId,
      studioId: studio.id,
      version: after.version,
      startsAt: after.startsAt,
      serviceName: after.serviceName,
    },
    policy,
    now,
  );
  const freedSlot = freedSlotNotice(before, after, policy, now);
  const deposit = planDepositNotices(before, after, policy, now);
  return {
    appointment: after,
    staffDays,
    previousRhythm: rhythm,
    rhythm: nextVersion(settledStatus(reconnect.rhythm, after.updatedAt)),
    history: nextVersion(ladder.history),
    reconnectStats: reconnect.stats,
    notices: {
      put: [
        ...reminders.put,
        ...ladder.notices.put,
        ...(freedSlot === null ? [] : [freedSlot]),
        ...deposit.put,
      ],
      remove: [...reminders.remove, ...ladder.notices.remove, ...deposit.remove],
    },
    project:
      project === null
        ? null
        : nextVersion(withAppointmentDeposit(withSession(project, after), before, after)),
    redemption: options.redemption ?? null,
  };
};

/**
 * Writes an appointment's new state together with everything derived from it in one transaction guarded by
 * versions (see `planAppointmentChange`); its notices go out with the next notice run.
 */
export const commitAppointmentChange = async (
  deps: Pick<Dependencies, "appointments" | "categories" | "projects">,
  studio: Studio,
  before: Appointment | null,
  after: Appointment,
  options: ChangeOptions = {},
): Promise<void> =>
  deps.appointments.commit(await planAppointmentChange(deps, studio, before, after, options));
