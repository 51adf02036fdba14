import { invalidLink, readToken, signToken } from "../online-booking/signed-token";

export interface OfferReference {
  studioId: string;
  offerId: string;
}

/** Its first part tells an offer's token from a booking's self-service token, which has two parts. */
const KIND = "offer";

/** The link in an offer's message: the page that shows the slot and accepts it. */
export const offerUrlOf = (baseUrl: string, offer: OfferReference, secret: string): string =>
  `${baseUrl}/w/${signToken([KIND, offer.studioId, offer.offerId], secret)}`;

/** Reads an offer's token; anything else (forged, altered, a self-service token) is not valid. */
export const readOfferToken = (token: string, secret: string): OfferReference => {
  const [kind, studioId, offerId] = readToken(token, secret, 3) as [string, string, string];
  if (kind !== KIND) throw invalidLink();
  return { studioId, offerId };
};
