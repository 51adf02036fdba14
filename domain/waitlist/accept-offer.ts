import { planAppointmentChange } from "../appointments/commit-appointment-change";
import { RebookError } from "../errors";
import type { Appointment } from "../model/appointment";
import type { Studio } from "../model/studio";
import { revised } from "../model/versioned";
import type { WaitlistOffer } from "../model/waitlist";
import { notAvailable } from "../online-booking/booking-studio";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { mayBeOffered } from "./may-be-offered";
import { readOfferToken } from "./offer-link";

/** `open`: may be accepted; `booked`: this offer's accept made the booking; `taken`: gone, for whatever reason. */
export type OfferOutcome = "open" | "booked" | "taken";

export interface OfferAnswer {
  studio: Studio;
  offer: WaitlistOffer;
  outcome: OfferOutcome;
}

type OfferDeps = Pick<
  Dependencies,
  | "studios"
  | "waitlist"
  | "services"
  | "clients"
  | "blocks"
  | "appointments"
  | "categories"
  | "projects"
  | "onlineBooking"
  | "sendRequests"
  | "clock"
  | "newId"
>;

const read = async (deps: OfferDeps, token: string, secret: string) => {
  const { studioId, offerId } = readOfferToken(token, secret);
  const [studio, offer] = await Promise.all([
    deps.studios.get(studioId),
    deps.waitlist.offer(studioId, offerId),
  ]);
  if (studio === null || offer === null) throw notAvailable();
  return { studio, offer };
};

const outcomeOf = (offer: WaitlistOffer, now: string): OfferOutcome =>
  offer.status === "accepted" ? "booked" : Date.parse(now) < Date.parse(offer.openUntil) ? "open" : "taken";

/** What the offer's link shows; it changes nothing (mail scanners follow links). */
export const viewOffer =
  (deps: OfferDeps, secret: string) =>
  async (token: string): Promise<OfferAnswer> => {
    const { studio, offer } = await read(deps, token, secret);
    return { studio, offer, outcome: outcomeOf(offer, deps.clock()) };
  };

/**
 * Accepts an offer: books its slot for the waiting client under the staff-day guard, with the offer accepted
 * and the entry booked in the same transaction. Of the offers of one slot the first accept books it; a later
 * one (or one after the offer closed, or after the entry was booked or removed) is told the slot is taken,
 * and an accept of an offer already accepted answers with its booking.
 */
export const acceptOffer =
  (deps: OfferDeps, secret: string) =>
  async (token: string): Promise<OfferAnswer> => {
    const { studio } = await read(deps, token, secret);
    const attempt = async (): Promise<OfferAnswer> => {
      const now = deps.clock();
      const offer = await deps.waitlist.offer(studio.id, readOfferToken(token, secret).offerId);
      if (offer === null) throw notAvailable();
      if (outcomeOf(offer, now) !== "open") return { studio, offer, outcome: outcomeOf(offer, now) };
      const [entry, service] = await Promise.all([
        deps.waitlist.entry(studio.id, offer.entryId),
        deps.services.get(studio.id, offer.serviceId),
      ]);
      const bookable =
        entry?.status === "waiting" && service !== null && (await mayBeOffered(deps, entry, now));
      if (!bookable) return { studio, offer, outcome: "taken" };
      const appointment: Appointment = {
        id: deps.newId(),
        studioId: studio.id,
        clientId: offer.clientId,
        staffId: offer.staffId,
        serviceId: service.id,
        serviceName: service.name,
        categoryId: service.categoryId,
        startsAt: offer.startsAt,
        endsAt: offer.endsAt,
        price: service.price,
        notes: "",
        projectId: null,
        bufferBeforeMinutes: service.bufferBeforeMinutes,
        bufferAfterMinutes: service.bufferAfterMinutes,
        source: "waitlist",
        termsAcceptance: null,
        status: "booked",
        lateCancellation: false,
        noShowReason: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      const accepted = revised(offer, { status: "accepted", appointmentId: appointment.id }, now);
      // The booking takes over the round's hold of the offered time; what it does not use is free again.
      const change = await planAppointmentChange(
        deps,
        studio,
        null,
        appointment,
        offer.holdId === undefined ? {} : { releasedHold: offer.holdId },
      );
      await deps.waitlist.accept({
        change,
        offer: accepted,
        entry: revised(entry, { status: "booked", appointmentId: appointment.id }, now),
      });
      return { studio, offer: accepted, outcome: "booked" };
    };
    try {
      // Each lost race re-reads: the offer accepted meanwhile answers with its booking, a taken slot as taken.
      return await retryOnConcurrentUpdate(attempt, 5);
    } catch (error) {
      if (error instanceof RebookError && error.code === "APPOINTMENT.SLOT_TAKEN") {
        const { offer } = await read(deps, token, secret);
        return { studio, offer, outcome: offer.status === "accepted" ? "booked" : "taken" };
      }
      throw error;
    }
  };
