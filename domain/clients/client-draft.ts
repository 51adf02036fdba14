import type { Client } from "../model/client";

/** What staff enter on a client card; everything but the name may stay empty. */
export type ClientDraft = Omit<
  Client,
  | "id"
  | "studioId"
  | "phoneKind"
  | "groupIds"
  | "clientSince"
  | "blacklisted"
  | "onlineBookingBlocked"
  | "consent"
  | "suppressed"
  | "erasedAt"
  | "createdAt"
  | "updatedAt"
  | "version"
> & {
  /** Today in the studio's zone when left out. */
  clientSince: string | null;
};
