import type { BookingHold } from "../../../domain/model/online-booking";
import { type BookingLinks, commitOnlineBooking } from "../../../domain/online-booking/commit-online-booking";
import { findAvailability } from "../../../domain/online-booking/find-availability";
import { extendHold, MAX_HOLD_EXTENSIONS, releaseHold, takeHold } from "../../../domain/online-booking/holds";
import {
  cancelManagedBooking,
  confirmManagedBooking,
  viewManagedBooking,
} from "../../../domain/online-booking/manage-booking";
import { checkBookingCode, sendBookingCode } from "../../../domain/online-booking/phone-verification";
import { publicProfile } from "../../../domain/online-booking/public-profile";
import { acceptOffer, viewOffer } from "../../../domain/waitlist/accept-offer";
import { joinWaitlistOnline, sendWaitlistCode } from "../../../domain/waitlist/join-waitlist-online";
import { HtmlPage } from "../../shared/http/json-response";
import { type PublicRouteSpec, publicRoute } from "../../shared/http/route";
import type { PublicRouteKey } from "../public/public-routes";
import {
  availabilityQuerySchema,
  availabilitySchema,
  codeCheckedSchema,
  codeCheckSchema,
  codeRequestSchema,
  codeSentSchema,
  handlePath,
  holdPath,
  holdRequestSchema,
  holdSchema,
  manageActionSchema,
  manageTokenPath,
  onlineBookingAnswerSchema,
  onlineBookingSchema,
  onlineWaitlistEntrySchema,
  onlineWaitlistJoinSchema,
  publicProfileSchema,
  waitlistCodeRequestSchema,
  waitlistCodeSentSchema,
} from "./booking-schemas";
import { managePage } from "./manage-page";
import { offerPage } from "./offer-page";

/** What the widget learns of its hold: no more than the slot it chose and how long it is kept. */
const holdView = (hold: BookingHold) => ({
  holdId: hold.id,
  staffId: hold.staffId,
  serviceId: hold.serviceId,
  startsAt: hold.startsAt,
  endsAt: hold.endsAt,
  lapsesAt: hold.lapsesAt,
  extensionsLeft: MAX_HOLD_EXTENSIONS - hold.extensions,
});

/**
 * The booking widget's routes, under the studio's public handle and without a staff token, and the client's
 * self-service link (`/b/{token}`). Every refusal that could tell a blocked person from another is the same
 * neutral answer (`BOOKING.CALL_STUDIO`).
 */
export const bookingRoutes = (links: BookingLinks): Record<PublicRouteKey<"booking">, PublicRouteSpec> => ({
  "GET /book/{handle}": publicRoute({
    response: publicProfileSchema,
    summary: "The studio's public profile: services bookable online by category, staff, current terms",
    path: handlePath,
    handle: (deps) => {
      const profile = publicProfile(deps);
      return ({ path }) => profile(path.handle);
    },
  }),
  "GET /book/{handle}/availability": publicRoute({
    response: availabilitySchema,
    summary: "Free slots of a service (one staff member's or anyone's) over up to 14 days from a local date",
    path: handlePath,
    query: availabilityQuerySchema,
    handle: (deps) => {
      const find = findAvailability(deps);
      return ({ path, query }) => find(path.handle, query);
    },
  }),
  "POST /book/{handle}/holds": publicRoute({
    response: holdSchema,
    summary:
      "Keep a slot for 10 minutes while the phone is verified (taken under the same guard as a booking)",
    path: handlePath,
    body: holdRequestSchema,
    successStatus: 201,
    handle: (deps) => {
      const hold = takeHold(deps);
      return async ({ path, body, origin }) => holdView(await hold(path.handle, body, origin.ipAddress));
    },
  }),
  "POST /book/{handle}/holds/{holdId}/extension": publicRoute({
    response: holdSchema,
    summary: "Keep the slot 10 minutes longer from now (twice at most)",
    path: holdPath,
    handle: (deps) => {
      const extend = extendHold(deps);
      return async ({ path }) => holdView(await extend(path.handle, path.holdId));
    },
  }),
  "DELETE /book/{handle}/holds/{holdId}": publicRoute({
    summary: "Give the slot back at once",
    path: holdPath,
    successStatus: 204,
    handle: (deps) => {
      const release = releaseHold(deps);
      return async ({ path }) => {
        await release(path.handle, path.holdId);
        return undefined;
      };
    },
  }),
  "POST /book/{handle}/holds/{holdId}/code": publicRoute({
    response: codeSentSchema,
    metric: "BookingCode",
    summary:
      "Send a six-digit code to the client's mobile for the held slot (again after a cooldown that doubles)",
    path: holdPath,
    body: codeRequestSchema,
    successStatus: 202,
    handle: (deps) => {
      const send = sendBookingCode(deps, links.publicBaseUrl);
      return ({ path, body, origin }) =>
        send(path.handle, path.holdId, {
          phone: body.phone,
          pageOrigin: origin.pageOrigin,
          ipAddress: origin.ipAddress,
        });
    },
  }),
  "POST /book/{handle}/holds/{holdId}/code/check": publicRoute({
    response: codeCheckedSchema,
    summary: "Check the code; five checks end the verification",
    path: holdPath,
    body: codeCheckSchema,
    handle: (deps) => {
      const check = checkBookingCode(deps);
      return ({ path, body }) => check(path.handle, path.holdId, body.code);
    },
  }),
  "POST /book/{handle}/bookings": publicRoute({
    response: onlineBookingAnswerSchema,
    metric: "OnlineBooking",
    summary:
      "Book the held slot for the verified phone, with the accepted terms and optional marketing consent; the same requestKey returns the same booking",
    path: handlePath,
    body: onlineBookingSchema,
    successStatus: 201,
    handle: (deps) => {
      const commit = commitOnlineBooking(deps, links);
      return ({ path, body, origin }) => commit(path.handle, body, origin);
    },
  }),
  "POST /book/{handle}/waitlist/code": publicRoute({
    response: waitlistCodeSentSchema,
    metric: "WaitlistCode",
    summary:
      "Send a six-digit code to verify the phone of a client joining the waitlist (again, for the same join, after a cooldown that doubles)",
    path: handlePath,
    body: waitlistCodeRequestSchema,
    successStatus: 202,
    handle: (deps) => {
      const send = sendWaitlistCode(deps, links.publicBaseUrl);
      return ({ path, body, origin }) =>
        send(path.handle, {
          phone: body.phone,
          verificationId: body.verificationId,
          pageOrigin: origin.pageOrigin,
          ipAddress: origin.ipAddress,
        });
    },
  }),
  "POST /book/{handle}/waitlist": publicRoute({
    response: onlineWaitlistEntrySchema,
    metric: "WaitlistJoin",
    summary:
      "Join the waitlist for a service (a staff member's or anyone's) between two local dates, with the phone verified by the code",
    path: handlePath,
    body: onlineWaitlistJoinSchema,
    successStatus: 201,
    handle: (deps) => {
      const join = joinWaitlistOnline(deps);
      return ({ path, body }) => join(path.handle, body);
    },
  }),
  "GET /b/{token}": publicRoute({
    htmlPage: true,
    summary: "The client's page of their booking; shows, changes nothing",
    path: manageTokenPath,
    handle: (deps) => {
      const view = viewManagedBooking(deps, links.manageSecret);
      return async ({ path }) => new HtmlPage(managePage(await view(path.token)));
    },
  }),
  "POST /b/{token}": publicRoute({
    htmlPage: true,
    summary:
      "Confirm (action=confirm) or cancel (the default) from the client's page; a cancellation later than the studio's cut-off counts as late",
    path: manageTokenPath,
    query: manageActionSchema,
    handle: (deps) => {
      const act = {
        cancel: cancelManagedBooking(deps, links.manageSecret),
        confirm: confirmManagedBooking(deps, links.manageSecret),
      };
      return async ({ path, query }) => new HtmlPage(managePage(await act[query.action](path.token)));
    },
  }),
  "GET /w/{token}": publicRoute({
    htmlPage: true,
    summary: "A waitlist offer's page: the freed slot and, while open, its button; shows, changes nothing",
    path: manageTokenPath,
    handle: (deps) => {
      const view = viewOffer(deps, links.manageSecret);
      return async ({ path }) => new HtmlPage(offerPage(await view(path.token)));
    },
  }),
  "POST /w/{token}": publicRoute({
    htmlPage: true,
    metric: "WaitlistAccept",
    summary:
      "Accept a waitlist offer: the first accept of the slot books it, later ones read that it is taken",
    path: manageTokenPath,
    handle: (deps) => {
      const accept = acceptOffer(deps, links.manageSecret);
      return async ({ path }) => new HtmlPage(offerPage(await accept(path.token)));
    },
  }),
});
