import {
  type MessageTemplate,
  previewTemplate,
  type TemplatePreview,
  type TemplateValues,
} from "../messaging/templates";
import { messagingSettingsOf } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { sampleValues } from "./sample-values";

/**
 * Renders a draft template with the given values (sample values for the rest) and lists its problems,
 * judged by the studio's own SMS segment limit.
 */
export const previewDraft =
  (deps: Pick<Dependencies, "studios" | "clock">) =>
  async (studioId: string, draft: MessageTemplate, values: TemplateValues): Promise<TemplatePreview> => {
    const studio = await loadStudio(deps.studios, studioId);
    return previewTemplate(
      draft,
      { ...sampleValues(studio, deps.clock()), ...values },
      { maxSmsSegments: messagingSettingsOf(studio.settings).maxSmsSegments },
    );
  };
