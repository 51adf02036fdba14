import type { ReconnectSettings } from "../model/reconnect";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";

/** The studio's ReConnect settings (the defaults until saved). */
export const getReconnectSettings =
  ({ studios, reconnect }: Pick<Dependencies, "studios" | "reconnect">) =>
  async (studioId: string): Promise<ReconnectSettings> => {
    await loadStudio(studios, studioId);
    return reconnect.settings(studioId);
  };

/** Replaces the studio's ReConnect settings; campaigns already running keep their follow-up and window. */
export const saveReconnectSettings =
  ({ studios, reconnect }: Pick<Dependencies, "studios" | "reconnect">) =>
  async (studioId: string, settings: ReconnectSettings): Promise<ReconnectSettings> => {
    await loadStudio(studios, studioId);
    await reconnect.saveSettings(studioId, settings);
    return settings;
  };
