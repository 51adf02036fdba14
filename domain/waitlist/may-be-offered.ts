import { blocksOfCard } from "../blocks/blocks";
import type { WaitlistEntry } from "../model/waitlist";
import { refusedOnline } from "../no-shows/online-refusal";
import type { Dependencies } from "../ports/dependencies";

/** Banned, blacklisted, blocked and erased clients are passed over, and may not accept an offer made before. */
export const mayBeOffered = async (
  deps: Pick<Dependencies, "clients" | "appointments" | "blocks">,
  entry: WaitlistEntry,
  now: string,
) => {
  const [card, history] = await Promise.all([
    deps.clients.get(entry.studioId, entry.clientId),
    deps.appointments.history(entry.studioId, entry.clientId),
  ]);
  if (card === null || card.erasedAt !== null || refusedOnline(card, history, now)) return false;
  return (await blocksOfCard(deps, card)).length === 0;
};
