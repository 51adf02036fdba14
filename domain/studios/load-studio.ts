import { notFound } from "../errors";
import type { Studio } from "../model/studio";
import type { StudioRepository } from "../ports/studio-repository";

export const loadStudio = async (studios: StudioRepository, studioId: string): Promise<Studio> => {
  const studio = await studios.get(studioId);
  if (studio === null) throw notFound("STUDIO.NOT_FOUND", studioId);
  return studio;
};
