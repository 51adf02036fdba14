import type { Project } from "../model/project";
import type { StudioItemRepository } from "../ports/studio-item-repository";

const PAGE = 100;

/** Every project of one client, read page by page. */
export const projectsOfClient = async (
  projects: StudioItemRepository<Project>,
  studioId: string,
  clientId: string,
): Promise<Project[]> => {
  const found: Project[] = [];
  let cursor: string | null = null;
  do {
    const page = await projects.list(studioId, { limit: PAGE, cursor });
    found.push(...page.items.filter((project) => project.clientId === clientId));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return found;
};
