import type { Studio } from "../model/studio";

export interface StudioRepository {
  get(studioId: string): Promise<Studio | null>;
  /**
   * Stores the studio at its version: version 1 only if no studio has the id, a later one only over the
   * version before it. Fails with CONCURRENT_UPDATE when another write came first, STUDIO.NOT_FOUND when gone.
   */
  save(studio: Studio): Promise<void>;
}
