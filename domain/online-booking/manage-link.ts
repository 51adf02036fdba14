import { createHmac, timingSafeEqual } from "node:crypto";
import { RebookError } from "../errors";

export interface ManagedBooking {
  studioId: string;
  appointmentId: string;
}

const TAG_BYTES = 16;

const tagOf = (payload: string, secret: string): Buffer =>
  createHmac("sha256", secret).update(payload).digest().subarray(0, TAG_BYTES);

/** The token of a booking's self-service link: who may see and cancel this one appointment. */
export const signManageToken = (booking: ManagedBooking, secret: string): string => {
  const payload = Buffer.from(JSON.stringify([booking.studioId, booking.appointmentId])).toString(
    "base64url",
  );
  return `${payload}.${tagOf(payload, secret).toString("base64url")}`;
};

/** The self-service link of a booking under the booking routes' origin. */
export const manageUrlOf = (baseUrl: string, booking: ManagedBooking, secret: string): string =>
  `${baseUrl}/b/${signManageToken(booking, secret)}`;

const invalid = () => new RebookError("BOOKING.NOT_AVAILABLE", "this link is not valid");

/** Reads a token signed by `signManageToken`; anything else (forged, cut, altered) is not valid. */
export const readManageToken = (token: string, secret: string): ManagedBooking => {
  const [payload = "", tag = ""] = token.split(".");
  const expected = tagOf(payload, secret);
  const given = Buffer.from(tag, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  try {
    const [studioId, appointmentId] = JSON.parse(
      Buffer.from(payload, "base64url").toString("utf8"),
    ) as unknown[];
    if (typeof studioId !== "string" || typeof appointmentId !== "string") throw invalid();
    return { studioId, appointmentId };
  } catch {
    throw invalid();
  }
};
