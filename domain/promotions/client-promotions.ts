import { studioToday } from "../clients/client-dates";
import { loadClient } from "../clients/load-client";
import type { Promotion } from "../model/promotion";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { isFor, runsOn } from "./promotion-rules";

const PAGE = 100;

export interface ClientPromotion {
  promotion: Promotion;
  /** Redemptions still open to the client: the smaller of their own and the total allowance; null = unlimited. */
  remaining: number | null;
}

const allPromotions = async (deps: Pick<Dependencies, "promotions">, studioId: string) => {
  const all: Promotion[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.promotions.list(studioId, { limit: PAGE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
};

const remainingOf = (limit: number | null, used: number) =>
  limit === null ? null : Math.max(0, limit - used);

/** The promotions running today for the client's groups, with what is left for them, and their redemptions. */
export const clientPromotions =
  (deps: Pick<Dependencies, "studios" | "clients" | "promotions" | "clock">) =>
  async (studioId: string, clientId: string) => {
    const [studio, client, promotions, redemptions] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadClient(deps.clients, studioId, clientId),
      allPromotions(deps, studioId),
      deps.promotions.redemptionsOf(studioId, clientId),
    ]);
    const today = studioToday(deps.clock(), studio.timeZone);
    const running = promotions.filter((promotion) => runsOn(promotion, today) && isFor(promotion, client));
    const usage = await deps.promotions.usage(
      studioId,
      clientId,
      running.map((promotion) => promotion.id),
    );
    const active: ClientPromotion[] = running.map((promotion) => {
      const used = usage.get(promotion.id) ?? { total: 0, byClient: 0 };
      const left = [
        remainingOf(promotion.limitPerClient, used.byClient),
        remainingOf(promotion.limitTotal, used.total),
      ].filter((value) => value !== null);
      return { promotion, remaining: left.length === 0 ? null : Math.min(...left) };
    });
    return { active: active.filter((entry) => entry.remaining !== 0), redemptions };
  };
