import type { Studio } from "../model/studio";

export interface StudioRepository {
  get(studioId: string): Promise<Studio | null>;
  put(studio: Studio): Promise<void>;
}
