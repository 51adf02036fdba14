import { planAppointmentChange } from "../appointments/commit-appointment-change";
import { blocksAgainst } from "../blocks/blocks";
import { studioToday } from "../clients/client-dates";
import { onlineDeposit } from "../deposits/online-deposit";
import { RebookError } from "../errors";
import { currentConsent } from "../messaging/consent";
import type { Appointment } from "../model/appointment";
import type { Client } from "../model/client";
import type { Channel, ConsentEntry } from "../model/consent";
import { revised } from "../model/versioned";
import { refusedOnline } from "../no-shows/online-refusal";
import type { Dependencies } from "../ports/dependencies";
import { type ProjectRequest, requestedProject } from "../projects/project-request";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { type BookingStudio, bookingStudio, callStudio } from "./booking-studio";
import { liveHold } from "./holds";
import { manageUrlOf } from "./manage-link";
import { onlineClientDraft } from "./online-client-draft";
import { phoneMayBook } from "./phone-verification";

export interface OnlineBookingRequest {
  /** Chosen by the widget per booking: sending it again returns the same booking. */
  requestKey: string;
  holdId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  /** The version of the terms the client saw and accepted. */
  termsVersion: number;
  /** Marketing the client opted into with the checkbox, per channel. */
  marketingConsent: Channel[];
  /** The consent sentence the widget showed next to the checkbox. */
  consentText: string;
  /** A tattoo or piercing project the client asks for: opened as a request, this booking its first session. */
  project?: ProjectRequest | null;
}

export interface RequestEvidence {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface OnlineBooking {
  appointmentId: string;
  serviceName: string;
  startsAt: string;
  endsAt: string;
  /** The client's page to see and cancel the booking. */
  manageUrl: string;
  /** The project the booking opened, if it asked for one. */
  projectId: string | null;
  /** `pending_deposit`: the slot is held until the deposit is paid (by `deposit.payBy`), then booked. */
  status: "booked" | "pending_deposit";
  /** The deposit the studio's policy asks of this booking, and where to pay it; null when none. */
  deposit: { amount: number; currency: string; payBy: string | null; paymentUrl: string } | null;
}

export interface BookingLinks {
  /** Origin of the public booking routes, e.g. https://book.rebook.example. */
  publicBaseUrl: string;
  manageSecret: string;
}

type CommitDeps = Pick<
  Dependencies,
  | "studios"
  | "onlineBooking"
  | "clients"
  | "consents"
  | "services"
  | "categories"
  | "projects"
  | "staff"
  | "appointments"
  | "blocks"
  | "keyedHash"
  | "payments"
  | "clock"
  | "newId"
>;

/**
 * The address the client typed is blocked, or held by a blocked or banned card: a new phone does not shed a
 * block, nor does an old address.
 */
const refuseBlockedEmail = async (
  deps: Pick<Dependencies, "clients" | "appointments" | "blocks">,
  studioId: string,
  email: string,
  now: string,
) => {
  const [holders, blocks] = await Promise.all([
    deps.clients.holdersInStudio(studioId, "email", email),
    blocksAgainst(deps, studioId, { emails: [email] }),
  ]);
  const cards = await Promise.all(
    holders.map(async (clientId) => {
      const [card, history] = await Promise.all([
        deps.clients.get(studioId, clientId),
        deps.appointments.history(studioId, clientId),
      ]);
      return card !== null && refusedOnline(card, history, now);
    }),
  );
  if (blocks.length > 0 || cards.some(Boolean)) throw callStudio();
};

/** The card an online booking makes for a phone number the studio did not know. */
const newCard = (
  { studio }: BookingStudio,
  request: OnlineBookingRequest,
  phone: string,
  id: string,
  now: string,
): Client => ({
  ...onlineClientDraft({ ...request, phone, referralSource: "online booking" }),
  id,
  studioId: studio.id,
  phoneKind: "mobile",
  groupIds: [],
  clientSince: studioToday(now, studio.timeZone),
  blacklisted: false,
  onlineBookingBlocked: false,
  consent: currentConsent([]),
  suppressed: { email: false, sms: false },
  erasedAt: null,
  createdAt: now,
  updatedAt: now,
  version: 1,
});

/**
 * Books the held slot for the verified phone, in one transaction: the verification consumed, the hold
 * released, the card found by the verified phone (a new email does not make a new person) or made, the
 * appointment under the staff-day guard, the accepted terms with it, marketing consent in the ledger. The
 * same request key returns the same booking. The change plans its confirmation notice in the same transaction.
 */
export const commitOnlineBooking =
  (deps: CommitDeps, links: BookingLinks) =>
  async (
    handle: string,
    request: OnlineBookingRequest,
    evidence: RequestEvidence,
  ): Promise<OnlineBooking> => {
    const booking = await bookingStudio(deps, handle);
    const { studio, settings } = booking;
    const manageUrl = (appointmentId: string) =>
      manageUrlOf(links.publicBaseUrl, { studioId: studio.id, appointmentId }, links.manageSecret);
    const summary = (appointment: Appointment): OnlineBooking => ({
      appointmentId: appointment.id,
      serviceName: appointment.serviceName,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      manageUrl: manageUrl(appointment.id),
      projectId: appointment.projectId,
      status: appointment.status === "pending_deposit" ? "pending_deposit" : "booked",
      deposit:
        appointment.deposit === undefined
          ? null
          : {
              amount: appointment.deposit.amount,
              currency: appointment.deposit.currency,
              payBy: appointment.deposit.payBy,
              paymentUrl: appointment.deposit.paymentUrl,
            },
    });

    const booked = await retryOnConcurrentUpdate(
      async (): Promise<{ appointment: Appointment; client: Client }> => {
        const earlier = await deps.onlineBooking.bookingOfRequest(studio.id, request.requestKey);
        if (earlier !== null) {
          const appointment = await deps.appointments.get(studio.id, earlier);
          const client =
            appointment === null ? null : await deps.clients.get(studio.id, appointment.clientId);
          if (appointment !== null && client !== null) return { appointment, client };
        }
        const now = deps.clock();
        const [hold, verification] = await Promise.all([
          liveHold(deps, studio.id, request.holdId, now),
          deps.onlineBooking.verification(studio.id, request.holdId),
        ]);
        if (verification === null || verification.verifiedAt === null) {
          throw new RebookError("VERIFICATION.REQUIRED", "verify the phone number with the code first");
        }
        if (verification.consumedAt !== null)
          throw new RebookError("VERIFICATION.ENDED", "this slot was booked already");
        if (settings.terms === null || request.termsVersion !== settings.terms.version) {
          throw new RebookError(
            "BOOKING.TERMS_CHANGED",
            "the terms have changed; please read and accept them again",
            {
              issues: [{ field: "termsVersion", message: "is not the current version" }],
              details: { currentVersion: String(settings.terms?.version ?? 0) },
            },
          );
        }
        const [found, service] = await Promise.all([
          phoneMayBook(deps, booking, verification.phone, now),
          deps.services.get(studio.id, hold.serviceId),
          request.email === null
            ? null
            : refuseBlockedEmail(deps, studio.id, request.email.toLowerCase(), now),
        ]);
        if (service === null) throw callStudio();
        const card = found?.client ?? null;
        const client = card ?? newCard(booking, request, verification.phone, deps.newId(), now);
        const appointmentId = deps.newId();
        const deposit = await onlineDeposit(deps, {
          studio,
          service,
          card: found,
          appointment: { id: appointmentId, startsAt: hold.startsAt },
          returnUrl: manageUrl(appointmentId),
          email: request.email,
          now,
        });
        const project =
          request.project == null
            ? undefined
            : await requestedProject(
                deps,
                { id: deps.newId(), studioId: studio.id, clientId: client.id },
                request.project,
                now,
              );
        const appointment: Appointment = {
          id: appointmentId,
          studioId: studio.id,
          clientId: client.id,
          staffId: hold.staffId,
          serviceId: service.id,
          serviceName: service.name,
          categoryId: service.categoryId,
          startsAt: hold.startsAt,
          endsAt: hold.endsAt,
          price: service.price,
          notes: "",
          projectId: project?.id ?? null,
          bufferBeforeMinutes: hold.bufferBeforeMinutes,
          bufferAfterMinutes: hold.bufferAfterMinutes,
          source: "online",
          termsAcceptance: {
            version: settings.terms.version,
            textHash: settings.terms.textHash,
            acceptedAt: now,
            ipHash: evidence.ipAddress === null ? null : deps.keyedHash("ip", evidence.ipAddress),
            userAgent: evidence.userAgent,
          },
          status: deposit === null ? "booked" : "pending_deposit",
          ...(deposit === null ? {} : { deposit }),
          lateCancellation: false,
          noShowReason: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        const consents: ConsentEntry[] = request.marketingConsent.map((channel) => ({
          id: deps.newId(),
          studioId: studio.id,
          clientId: client.id,
          channel,
          purpose: "marketing",
          granted: true,
          at: now,
          source: "booking_form",
          evidence: {
            text: request.consentText,
            ipAddress: evidence.ipAddress,
            userAgent: evidence.userAgent,
          },
        }));
        const entries = consents.length === 0 ? [] : await deps.consents.entries(studio.id, client.id);
        const withConsent = (current: Client) =>
          consents.length === 0
            ? current
            : { ...current, consent: currentConsent([...entries, ...consents]) };
        const change = await planAppointmentChange(deps, studio, null, appointment, {
          releasedHold: hold.id,
          ...(project === undefined ? {} : { newProject: project }),
        });
        await deps.onlineBooking.commit({
          requestKey: request.requestKey,
          change,
          hold,
          verification: {
            ...verification,
            consumedAt: now,
            updatedAt: now,
            version: verification.version + 1,
          },
          client:
            card === null
              ? { card: withConsent(client), previous: null }
              : consents.length === 0
                ? null
                : { card: revised(withConsent(card), {}, now), previous: card },
          consentEntries: consents,
        });
        return { appointment, client };
      },
    );

    return summary(booked.appointment);
  };
