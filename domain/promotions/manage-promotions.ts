import { loadStudioItem } from "../catalog/studio-item";
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

type TargetDependencies = Pick<Dependencies, "services" | "categories" | "clientGroups">;

/** The services, categories and client groups a promotion names must be the studio's own (404 otherwise). */
const checkTargets = async (
  deps: TargetDependencies,
  studioId: string,
  targets: Partial<Pick<Promotion, "serviceIds" | "categoryIds" | "clientGroupIds">>,
): Promise<void> => {
  const each = (ids: string[] | undefined, load: (id: string) => Promise<unknown>) => (ids ?? []).map(load);
  await Promise.all([
    ...each(targets.serviceIds, (id) => loadStudioItem(deps.services, "SERVICE.NOT_FOUND", studioId, id)),
    ...each(targets.categoryIds, (id) => loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, id)),
    ...each(targets.clientGroupIds, (id) =>
      loadStudioItem(deps.clientGroups, "GROUP.NOT_FOUND", studioId, id),
    ),
  ]);
};

export const createPromotion =
  (deps: Pick<Dependencies, "studios" | "promotions" | "clock" | "newId"> & TargetDependencies) =>
  async (studioId: string, draft: PromotionDraft): Promise<Promotion> => {
    const { studios, promotions, clock, newId } = deps;
    await loadStudio(studios, studioId);
    checkValidity(draft);
    await checkTargets(deps, studioId, draft);
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
  (deps: Pick<Dependencies, "promotions" | "clock"> & TargetDependencies) =>
  async (studioId: string, promotionId: string, changes: PromotionChanges): Promise<Promotion> => {
    const { promotions, clock } = deps;
    await checkTargets(deps, studioId, changes);
    return retryOnConcurrentUpdate(async () => {
      const current = await loadPromotion(promotions, studioId, promotionId);
      const updated = revised<Promotion>(current, changes, clock());
      checkValidity(updated);
      await promotions.save(updated);
      return updated;
    });
  };
