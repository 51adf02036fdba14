import type { Channel } from "../messaging/consent";
import { TEMPLATE_PURPOSES, type TemplateLocale } from "../messaging/templates";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { type EffectiveTemplate, pickTemplate } from "./resolve-template";
import { checkedTemplateCategory } from "./template-category";
import { templateLocaleOf } from "./template-locale";

const CHANNELS: readonly Channel[] = ["email", "sms"];

export interface TemplateListing {
  locale: TemplateLocale;
  categoryId: string | null;
  /** Every purpose × channel, as a message would be rendered from now on; `source` tells overrides apart. */
  templates: Array<EffectiveTemplate & { overridden: boolean }>;
}

/** The templates in effect for the studio, in its locale unless another is asked for, optionally for a category. */
export const listTemplates =
  (deps: Pick<Dependencies, "studios" | "categories" | "templates">) =>
  async (
    studioId: string,
    options: { locale?: TemplateLocale | undefined; categoryId?: string | undefined },
  ): Promise<TemplateListing> => {
    const studio = await loadStudio(deps.studios, studioId);
    const categoryId = await checkedTemplateCategory(deps, studioId, options.categoryId ?? null, null);
    const locale = options.locale ?? templateLocaleOf(studio);
    const overrides = await deps.templates.list(studioId);
    return {
      locale,
      categoryId,
      templates: TEMPLATE_PURPOSES.flatMap((purpose) =>
        CHANNELS.map((channel) => {
          const template = pickTemplate(overrides, purpose, channel, locale, categoryId);
          return { ...template, overridden: template.source !== "default" };
        }),
      ),
    };
  };
