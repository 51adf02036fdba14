import { RebookError, validationError } from "../errors";
import type { Channel } from "../messaging/consent";
import { previewTemplate, type TemplateLocale, type TemplatePurpose } from "../messaging/templates";
import { messagingSettingsOf } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import type { StudioTemplate } from "../ports/template-store";
import { loadStudio } from "../studios/load-studio";
import { sampleValues } from "./sample-values";
import { checkedTemplateCategory } from "./template-category";

export interface TemplateText {
  locale: TemplateLocale;
  /** Email only: required there, absent (null) for SMS. */
  subject: string | null;
  body: string;
  categoryId: string | null;
}

/**
 * Stores the studio's own text for a purpose and channel, replacing the default (or its earlier text).
 * A template whose preview has problems (unknown placeholder, marketing without unsubscribe link, more SMS
 * segments than the studio allows) is refused, naming `body` and the problem codes.
 */
export const saveTemplate =
  (deps: Pick<Dependencies, "studios" | "categories" | "templates" | "clock">) =>
  async (
    studioId: string,
    purpose: TemplatePurpose,
    channel: Channel,
    text: TemplateText,
  ): Promise<StudioTemplate> => {
    const studio = await loadStudio(deps.studios, studioId);
    const categoryId = await checkedTemplateCategory(deps, studioId, text.categoryId, purpose);
    if (channel === "email" && (text.subject === null || text.subject.trim() === "")) {
      throw validationError("subject", "an email template needs a subject");
    }
    if (channel === "sms" && text.subject !== null) {
      throw validationError("subject", "an SMS template has no subject");
    }
    const now = deps.clock();
    const template: StudioTemplate = {
      studioId,
      purpose,
      channel,
      locale: text.locale,
      categoryId,
      subject: text.subject,
      body: text.body,
      updatedAt: now,
    };
    const { problems } = previewTemplate(template, sampleValues(studio, now), {
      maxSmsSegments: messagingSettingsOf(studio.settings).maxSmsSegments,
    });
    if (problems.length > 0) {
      const codes = [...new Set(problems.map((problem) => problem.code))].join(", ");
      throw new RebookError("VALIDATION.FAILED", `body: ${codes}`, {
        issues: problems.map((problem) => ({
          field: "body",
          message: `${problem.code}: ${problem.message}`,
        })),
      });
    }
    await deps.templates.put(template);
    return template;
  };

/** Removes the studio's text for a purpose, channel, locale (and category): the default applies again. */
export const resetTemplate =
  (deps: Pick<Dependencies, "studios" | "categories" | "templates">) =>
  async (
    studioId: string,
    purpose: TemplatePurpose,
    channel: Channel,
    scope: { locale: TemplateLocale; categoryId: string | null },
  ): Promise<void> => {
    await loadStudio(deps.studios, studioId);
    const categoryId = await checkedTemplateCategory(deps, studioId, scope.categoryId, purpose);
    await deps.templates.delete(studioId, { purpose, channel, locale: scope.locale, categoryId });
  };
