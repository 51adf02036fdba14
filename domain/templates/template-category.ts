import { loadStudioItem } from "../catalog/studio-item";
import { validationError } from "../errors";
import type { TemplatePurpose } from "../messaging/templates";
import type { Dependencies } from "../ports/dependencies";
import { CATEGORY_SCOPED_PURPOSES } from "./resolve-template";

/**
 * A category scope must name one of the studio's categories (404 otherwise) and, when a purpose is given,
 * one of the purposes that are sent per category.
 */
export const checkedTemplateCategory = async (
  deps: Pick<Dependencies, "categories">,
  studioId: string,
  categoryId: string | null,
  purpose: TemplatePurpose | null,
): Promise<string | null> => {
  if (categoryId === null) return null;
  if (purpose !== null && !CATEGORY_SCOPED_PURPOSES.includes(purpose)) {
    throw validationError(
      "categoryId",
      `only ${CATEGORY_SCOPED_PURPOSES.join(" and ")} templates can be set per category`,
    );
  }
  await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId);
  return categoryId;
};
