import type { Client } from "../model/client";
import type { VisitHistory } from "../model/visit-history";
import { isBanned } from "./escalation-ladder";

/** Whether a card may not book online now: blacklisted, blocked from online booking by staff, or banned. */
export const refusedOnline = (card: Client, history: Pick<VisitHistory, "onlineBan">, now: string): boolean =>
  card.blacklisted || card.onlineBookingBlocked || isBanned(history, now);
