import { notFound } from "../errors";
import type { Promotion } from "../model/promotion";
import type { PromotionStore } from "../ports/promotion-store";

export const loadPromotion = async (
  promotions: PromotionStore,
  studioId: string,
  promotionId: string,
): Promise<Promotion> => {
  const promotion = await promotions.get(studioId, promotionId);
  if (promotion === null) throw notFound("PROMOTION.NOT_FOUND", promotionId);
  return promotion;
};
