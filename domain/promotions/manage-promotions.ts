import { validationError } from "../errors";
import type { Promotion } from "../model/promotion";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { loadPromotion } from "./load-promotion";

export type PromotionDraft = Omit<Promotion, "id" | "studioId" | "createdAt" | "updatedAt" | "version">;
/** The code is what clients were given: it stays as it was created. */
export type PromotionChanges = Partial<Omit<PromotionDraft, "code">>;

const checkValidity = ({ validFrom, validUntil }: Pick<Promotion, "validFrom" | "validUntil">) => {
  if (validUntil !== null && validUntil < validFrom)
    throw validationError("validUntil", "must not be before validFrom");
};

export const createPromotion =
  ({ studios, promotions, clock, newId }: Pick<Dependencies, "studios" | "promotions" | "clock" | "newId">) =>
  async (studioId: string, draft: PromotionDraft): Promise<Promotion> => {
    await loadStudio(studios, studioId);
    checkValidity(draft);
    const now = clock();
    const promotion: Promotion = {
      ...draft,
      id: newId(),
      studioId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await promotions.create(promotion);
    return promotion;
  };

/** Changes a promotion; a redemption racing the change is refused and tried again against the new version. */
export const updatePromotion =
  ({ promotions, clock }: Pick<Dependencies, "promotions" | "clock">) =>
  (studioId: string, promotionId: string, changes: PromotionChanges): Promise<Promotion> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadPromotion(promotions, studioId, promotionId);
      const updated = revised<Promotion>(current, changes, clock());
      checkValidity(updated);
      await promotions.save(updated);
      return updated;
    });
