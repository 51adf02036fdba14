import { TEMPLATE_LOCALES, type TemplateLocale } from "../messaging/templates";
import type { Studio } from "../model/studio";

/** The template language of a studio's locale (de-DE → de); English where Rebook ships no texts. */
export const templateLocaleOf = (studio: Pick<Studio, "locale">): TemplateLocale => {
  const language = studio.locale.slice(0, 2).toLowerCase();
  return (TEMPLATE_LOCALES as readonly string[]).includes(language) ? (language as TemplateLocale) : "en";
};
