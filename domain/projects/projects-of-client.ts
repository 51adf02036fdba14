import type { Project } from "../model/project";
import type { ProjectRepository } from "../ports/project-repository";

const PAGE = 100;

/** Every project of one client, read page by page. */
export const projectsOfClient = async (
  projects: ProjectRepository,
  studioId: string,
  clientId: string,
): Promise<Project[]> => {
  const found: Project[] = [];
  let cursor: string | null = null;
  do {
    const page = await projects.listForClient(studioId, clientId, { limit: PAGE, cursor });
    found.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return found;
};
