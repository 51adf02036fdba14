import { readToken, signToken } from "./signed-token";

export interface ManagedBooking {
  studioId: string;
  appointmentId: string;
}

/** The token of a booking's self-service link: who may see and cancel this one appointment. */
export const signManageToken = (booking: ManagedBooking, secret: string): string =>
  signToken([booking.studioId, booking.appointmentId], secret);

/** The self-service link of a booking under the booking routes' origin. */
export const manageUrlOf = (baseUrl: string, booking: ManagedBooking, secret: string): string =>
  `${baseUrl}/b/${signManageToken(booking, secret)}`;

/** Reads a token signed by `signManageToken`; anything else (forged, cut, altered) is not valid. */
export const readManageToken = (token: string, secret: string): ManagedBooking => {
  const [studioId, appointmentId] = readToken(token, secret, 2) as [string, string];
  return { studioId, appointmentId };
};
