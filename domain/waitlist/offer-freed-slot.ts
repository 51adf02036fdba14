import { DateTime } from "luxon";
import { heldTimeOf, isHeldAt, localDateOf, overlaps } from "../appointments/staff-day-bookings";
import { reliability } from "../client-card/reliability";
import { RebookError } from "../errors";
import { formatAppointmentTime } from "../messaging/appointment-time";
import { type Appointment, holdsSlot } from "../model/appointment";
import type { AppointmentNotice } from "../model/appointment-notice";
import type { Service } from "../model/catalog";
import type { BookingHold } from "../model/online-booking";
import { type Studio, waitlistPolicyOf } from "../model/studio";
import type { WaitlistEntry, WaitlistOffer, WaitlistPolicy } from "../model/waitlist";
import { daysHolding, daysOfHold } from "../online-booking/holds";
import type { Dependencies } from "../ports/dependencies";
import { mayBeOffered } from "./may-be-offered";

export type OfferDependencies = Pick<
  Dependencies,
  "appointments" | "onlineBooking" | "services" | "clients" | "blocks" | "waitlist" | "sendRequests"
>;

const MINUTE = 60_000;

/**
 * Where the offered time starts: the freed appointment's start, or for one already begun (a no-show) the next
 * slot step from now, so whoever accepts can still come.
 */
const offeredStart = (freed: Appointment, stepMinutes: number, now: string): string => {
  if (Date.parse(freed.startsAt) > Date.parse(now)) return freed.startsAt;
  const step = stepMinutes * MINUTE;
  return new Date(Math.ceil(Date.parse(now) / step) * step).toISOString();
};

/** The entry's service at `startsAt` with the freed staff member, if it fits into the freed time. */
const fittingOffer = (
  entry: WaitlistEntry,
  service: Service | null,
  freed: Appointment,
  startsAt: string,
  timeZone: string,
): { startsAt: string; endsAt: string } | null => {
  if (service === null) return null;
  if (entry.staffId !== null && entry.staffId !== freed.staffId) return null;
  if (service.staffIds.length > 0 && !service.staffIds.includes(freed.staffId)) return null;
  const date = localDateOf(startsAt, timeZone);
  if (date < entry.fromDate || date > entry.toDate) return null;
  if (entry.timeOfDay != null) {
    const time = DateTime.fromISO(startsAt, { zone: timeZone }).toFormat("HH:mm");
    if (time < entry.timeOfDay.from || time >= entry.timeOfDay.to) return null;
  }
  const endsAt = new Date(Date.parse(startsAt) + service.durationMinutes * MINUTE).toISOString();
  const wanted = heldTimeOf({ ...service, startsAt, endsAt });
  const free = heldTimeOf(freed);
  const fits =
    Date.parse(wanted.startsAt) >= Date.parse(free.startsAt) &&
    Date.parse(wanted.endsAt) <= Date.parse(free.endsAt);
  return fits ? { startsAt, endsAt } : null;
};

/** The hold a round of offers keeps on the offered time, the same for every round of one freed slot. */
const offerHoldId = (notice: Pick<AppointmentNotice, "appointmentId" | "appointmentVersion">) =>
  `offers-${notice.appointmentId}-${notice.appointmentVersion}`;

/**
 * Holds the offered time (from `startsAt` to the freed end, with the freed buffers) until the round's offers
 * close, under the staff-day guard: online booking and staff cannot take it meanwhile. False when something
 * took part of it already.
 */
const holdOfferedTime = async (
  deps: OfferDependencies,
  studio: Studio,
  freed: Appointment,
  hold: { id: string; startsAt: string; lapsesAt: string },
  now: string,
): Promise<boolean> => {
  const held: BookingHold = {
    id: hold.id,
    studioId: studio.id,
    serviceId: freed.serviceId,
    staffId: freed.staffId,
    startsAt: hold.startsAt,
    endsAt: freed.endsAt,
    bufferBeforeMinutes: hold.startsAt === freed.startsAt ? freed.bufferBeforeMinutes : 0,
    bufferAfterMinutes: freed.bufferAfterMinutes,
    lapsesAt: hold.lapsesAt,
    extensions: 0,
    createdAt: now,
  };
  try {
    const days = await daysOfHold(deps, held, studio.timeZone);
    await deps.onlineBooking.saveHold(held, daysHolding(days, held, now), []);
    return true;
  } catch (error) {
    if (error instanceof RebookError && error.code === "APPOINTMENT.SLOT_TAKEN") return false;
    throw error;
  }
};

/** Whether anything holds the freed staff member's time from `startsAt` on (taken by staff or online meanwhile). */
const takenSince = async (
  deps: OfferDependencies,
  freed: Appointment,
  startsAt: string,
  timeZone: string,
  now: string,
  holdId: string,
) => {
  const rest = { startsAt, endsAt: heldTimeOf(freed).endsAt };
  const day = await deps.appointments.staffDay(
    freed.studioId,
    freed.staffId,
    localDateOf(startsAt, timeZone),
  );
  return Object.entries(day.bookings).some(
    ([id, held]) => id !== freed.id && id !== holdId && isHeldAt(held, now) && overlaps(held, rest),
  );
};

/**
 * The suited entries in the order the studio offers to: as they joined, or the most reliable client first
 * (the card's score; clients without a record after those with one, each group as they joined).
 */
const inOfferOrder = async <T extends { entry: WaitlistEntry }>(
  deps: OfferDependencies,
  suited: T[],
  policy: WaitlistPolicy,
  now: string,
): Promise<T[]> => {
  if (policy.order === "joined") return suited;
  const scores = await Promise.all(
    suited.map(
      async ({ entry }) =>
        reliability(await deps.appointments.history(entry.studioId, entry.clientId), now).score ?? -1,
    ),
  );
  return suited
    .map((candidate, index) => ({ candidate, score: scores[index]!, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ candidate }) => candidate);
};

export interface OfferRound {
  /** Offers made or still open in this round. */
  offers: number;
  /** When the next round is due (the round's offers close then); null: the slot is done with. */
  nextRoundAt: string | null;
}

/**
 * Offers a freed slot (a `slot-freed` notice) in rounds. A round offers it to the next `offersPerRound`
 * waiting clients it suits, in the studio's order (`inOfferOrder`), each with an offer open for `offerMinutes` and a
 * transactional message with its accept link; the first to accept books it. When a round's offers close
 * unaccepted, the next round offers it to the next in line; once an offer is accepted, the slot is taken by
 * anyone else, or nobody is left, it is done with. Offer and message ids come from the freed appointment's
 * version and the entry, so a retried run writes and queues nothing twice, and the messages of a round's
 * open offers are queued again (a no-op once queued) in case a run died between offer and message.
 */
export const offerFreedSlot =
  (deps: OfferDependencies) =>
  async (studio: Studio, notice: AppointmentNotice, now: string): Promise<OfferRound> => {
    const done: OfferRound = { offers: 0, nextRoundAt: null };
    const policy = waitlistPolicyOf(studio.settings);
    const roundOf = `${notice.appointmentId}-${notice.appointmentVersion}-`;
    const [freed, settings, entries, earlier] = await Promise.all([
      deps.appointments.get(studio.id, notice.appointmentId),
      deps.onlineBooking.settings(studio.id),
      deps.waitlist.waiting(studio.id),
      deps.waitlist.offersWithPrefix(studio.id, roundOf),
    ]);
    // Changed again since (a no-show corrected to attended): its time is no longer free.
    if (freed === null || holdsSlot(freed.status) || freed.version !== notice.appointmentVersion) return done;
    if (earlier.some((offer) => offer.status === "accepted")) return done;
    const queueMessage = (offer: WaitlistOffer) =>
      deps.sendRequests(studio.id, {
        requestId: `waitlist-offer.${offer.id}`,
        clientIds: [offer.clientId],
        templatePurpose: "waitlist_offer",
        channelPolicy: notice.channelPolicy,
        values: {
          serviceName: offer.serviceName,
          appointmentTime: formatAppointmentTime(offer.startsAt, studio.timeZone, studio.locale),
          minutes: String(Math.round((Date.parse(offer.openUntil) - Date.parse(offer.createdAt)) / MINUTE)),
        },
        waitlistOffer: { id: offer.id },
      });
    const open = earlier.filter((offer) => Date.parse(offer.openUntil) > Date.parse(now));
    if (open.length > 0) {
      await Promise.all(open.map(queueMessage));
      return {
        offers: open.length,
        nextRoundAt: open
          .map((offer) => offer.openUntil)
          .sort()
          .at(-1)!,
      };
    }
    const startsAt = offeredStart(freed, settings.slotStepMinutes, now);
    if (Date.parse(startsAt) >= Date.parse(freed.endsAt)) return done;
    const holdId = offerHoldId(notice);
    if (earlier.length > 0 && (await takenSince(deps, freed, startsAt, studio.timeZone, now, holdId)))
      return done;
    const offeredBefore = new Set(earlier.map((offer) => offer.entryId));
    const candidates = entries.filter(
      (entry) => entry.clientId !== freed.clientId && !offeredBefore.has(entry.id),
    );
    const services = await Promise.all(
      candidates.map((entry) => deps.services.get(studio.id, entry.serviceId)),
    );
    const suited = candidates.flatMap((entry, index) => {
      const time = fittingOffer(entry, services[index] ?? null, freed, startsAt, studio.timeZone);
      return time === null ? [] : [{ entry, service: services[index]!, time }];
    });
    const chosen: typeof suited = [];
    for (const candidate of await inOfferOrder(deps, suited, policy, now)) {
      if (chosen.length === policy.offersPerRound) break;
      if (await mayBeOffered(deps, candidate.entry, now)) chosen.push(candidate);
    }
    if (chosen.length === 0) return done;
    const openUntil = new Date(Date.parse(now) + policy.offerMinutes * MINUTE).toISOString();
    if (!(await holdOfferedTime(deps, studio, freed, { id: holdId, startsAt, lapsesAt: openUntil }, now)))
      return done;
    await Promise.all(
      chosen.map(async ({ entry, service, time }) => {
        const offer: WaitlistOffer = {
          id: `${roundOf}${entry.id}`,
          studioId: studio.id,
          entryId: entry.id,
          clientId: entry.clientId,
          serviceId: service.id,
          serviceName: service.name,
          staffId: freed.staffId,
          ...time,
          freedAppointmentId: freed.id,
          holdId,
          openUntil,
          status: "open",
          appointmentId: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        await deps.waitlist.addOffer(offer);
        await queueMessage(offer);
      }),
    );
    return { offers: chosen.length, nextRoundAt: openUntil };
  };
