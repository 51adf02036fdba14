import type { Channel } from "../messaging/consent";
import { defaultTemplate } from "../messaging/default-templates";
import type { MessageTemplate, TemplateLocale, TemplatePurpose } from "../messaging/templates";
import type { StudioTemplate, TemplateKey, TemplateStore } from "../ports/template-store";

/** Purposes a studio may override per service category (ReConnect is started per category). */
export const CATEGORY_SCOPED_PURPOSES: readonly TemplatePurpose[] = [
  "reconnect_first",
  "reconnect_follow_up",
];

export type TemplateSource = "category" | "studio" | "default";

export interface EffectiveTemplate extends MessageTemplate {
  source: TemplateSource;
  /** The category of a category-scoped override, else null. */
  categoryId: string | null;
  /** When the override was last saved; null for a default. */
  updatedAt: string | null;
}

const sameKey = (template: StudioTemplate, key: TemplateKey): boolean =>
  template.purpose === key.purpose &&
  template.channel === key.channel &&
  template.locale === key.locale &&
  template.categoryId === key.categoryId;

const effective = (template: StudioTemplate, source: TemplateSource): EffectiveTemplate => ({
  purpose: template.purpose,
  channel: template.channel,
  locale: template.locale,
  subject: template.subject,
  body: template.body,
  source,
  categoryId: template.categoryId,
  updatedAt: template.updatedAt,
});

/**
 * The template that applies, from the studio's overrides (all of them, or at least those for the key):
 * category-scoped override → studio override → built-in default.
 */
export const pickTemplate = (
  overrides: readonly StudioTemplate[],
  purpose: TemplatePurpose,
  channel: Channel,
  locale: TemplateLocale,
  categoryId: string | null = null,
): EffectiveTemplate => {
  const key: TemplateKey = { purpose, channel, locale, categoryId: null };
  const scoped =
    categoryId !== null && CATEGORY_SCOPED_PURPOSES.includes(purpose)
      ? overrides.find((template) => sameKey(template, { ...key, categoryId }))
      : undefined;
  if (scoped !== undefined) return effective(scoped, "category");
  const studio = overrides.find((template) => sameKey(template, key));
  if (studio !== undefined) return effective(studio, "studio");
  return {
    ...defaultTemplate(purpose, channel, locale),
    source: "default",
    categoryId: null,
    updatedAt: null,
  };
};

/** Resolves one template with at most two reads (category override, studio override). */
export const resolveTemplate =
  (templates: TemplateStore) =>
  async (
    studioId: string,
    purpose: TemplatePurpose,
    channel: Channel,
    locale: TemplateLocale,
    categoryId: string | null = null,
  ): Promise<EffectiveTemplate> => {
    const key: TemplateKey = { purpose, channel, locale, categoryId: null };
    const [scoped, studio] = await Promise.all([
      categoryId !== null && CATEGORY_SCOPED_PURPOSES.includes(purpose)
        ? templates.get(studioId, { ...key, categoryId })
        : Promise.resolve(null),
      templates.get(studioId, key),
    ]);
    return pickTemplate(
      [scoped, studio].filter((template) => template !== null),
      purpose,
      channel,
      locale,
      categoryId,
    );
  };
