import { createClient } from "../clients/create-client";
import { RebookError, validationError } from "../errors";
import { bookingStudio } from "../online-booking/booking-studio";
import { onlineServiceAndStaff } from "../online-booking/find-availability";
import { onlineClientDraft } from "../online-booking/online-client-draft";
import {
  type CodeRequest,
  type CodeSent,
  checkBookingCode,
  issueCode,
  mobileNumber,
  phoneMayBook,
  type VerificationDeps,
} from "../online-booking/phone-verification";
import type { Dependencies } from "../ports/dependencies";
import { addToWaitlist, checkWaitlistRange } from "./waitlist-entries";

/** A waitlist join's verification id: its own kind, so a hold's verified phone cannot join, nor the reverse. */
export const WAITLIST_VERIFICATION = "waitlist-";

export interface WaitlistCodeRequest extends CodeRequest {
  /** The join's verification, to send a new code for it; null starts one. */
  verificationId: string | null;
}

/**
 * Sends a code to verify the phone of a client joining the waitlist from the widget: under the same limits
 * as a booking's code, refused alike (neutrally) for a number that may not book online.
 */
export const sendWaitlistCode =
  (deps: VerificationDeps & Pick<Dependencies, "newId">, fallbackHost: string) =>
  async (handle: string, request: WaitlistCodeRequest): Promise<CodeSent & { verificationId: string }> => {
    const now = deps.clock();
    const booking = await bookingStudio(deps, handle);
    const phone = mobileNumber(booking, request.phone);
    const verificationId = request.verificationId ?? `${WAITLIST_VERIFICATION}${deps.newId()}`;
    const [earlier] = await Promise.all([
      deps.onlineBooking.verification(booking.studio.id, verificationId),
      phoneMayBook(deps, booking, phone, now),
    ]);
    const sent = await issueCode(deps, fallbackHost, booking, {
      subjectId: verificationId,
      phone,
      earlier,
      request,
      now,
    });
    return { verificationId, ...sent };
  };

export interface OnlineWaitlistJoin {
  verificationId: string;
  code: string;
  serviceId: string;
  staffId: string | null;
  fromDate: string;
  toDate: string;
  timeOfDay: { from: string; to: string } | null;
  firstName: string;
  lastName: string;
}

const used = () => new RebookError("VERIFICATION.ENDED", "this verification was used already");

/**
 * Puts a client on the waitlist from the widget once their phone is verified: the code checked (counted like
 * a booking's), the service one bookable online, the dates checked, all before the verification is used up
 * (a versioned write, so of concurrent joins one goes on). The card is the verified phone's, or a new one.
 */
export const joinWaitlistOnline =
  (deps: VerificationDeps & Pick<Dependencies, "services" | "staff" | "waitlist" | "consents" | "newId">) =>
  async (handle: string, join: OnlineWaitlistJoin) => {
    const now = deps.clock();
    const booking = await bookingStudio(deps, handle);
    const { studio } = booking;
    if (!join.verificationId.startsWith(WAITLIST_VERIFICATION))
      throw validationError("verificationId", "is not a waitlist verification");
    const { service } = await onlineServiceAndStaff(deps, booking, join.serviceId, join.staffId);
    checkWaitlistRange(join, studio.timeZone, now);
    await checkBookingCode(deps)(handle, join.verificationId, join.code);
    const verification = await deps.onlineBooking.verification(studio.id, join.verificationId);
    if (verification === null || verification.consumedAt !== null) throw used();
    const card = await phoneMayBook(deps, booking, verification.phone, now);
    await deps.onlineBooking.saveVerification({
      ...verification,
      consumedAt: now,
      updatedAt: now,
      version: verification.version + 1,
    });
    const client =
      card?.client ??
      (await createClient(deps)(
        studio.id,
        onlineClientDraft({
          ...join,
          email: null,
          phone: verification.phone,
          referralSource: "online waitlist",
        }),
      ));
    const entry = await addToWaitlist(deps)(studio.id, {
      clientId: client.id,
      serviceId: service.id,
      staffId: join.staffId,
      fromDate: join.fromDate,
      toDate: join.toDate,
      timeOfDay: join.timeOfDay,
    });
    return { entryId: entry.id, serviceName: service.name, fromDate: entry.fromDate, toDate: entry.toDate };
  };
