import { notFound } from "../errors";
import type { Project } from "../model/project";
import type { StudioItemRepository } from "../ports/studio-item-repository";

export const loadProject = async (
  projects: StudioItemRepository<Project>,
  studioId: string,
  projectId: string,
): Promise<Project> => {
  const project = await projects.get(studioId, projectId);
  if (project === null) throw notFound("PROJECT.NOT_FOUND", projectId);
  return project;
};
