import type { Project, ProjectStatus } from "../model/project";
import type { Dependencies } from "../ports/dependencies";
import type { Page, PageRequest } from "../ports/page";

export interface ProjectQuery {
  status?: ProjectStatus;
  clientId?: string;
  limit: number;
  cursor: string | null;
}

/** Bounds the work one filtered page may cost; a sparse filter then answers a short page and a cursor. */
const MAX_READS_PER_PAGE = 10;

/**
 * Lists a studio's projects, or one client's (newest first), optionally only those of one status. Each read asks for no more
 * items than the page still lacks, so the cursor it returns is exact and no match is skipped. A page may
 * hold fewer than `limit` projects; only a null `nextCursor` means the list ended.
 */
export const listProjects =
  ({ projects }: Pick<Dependencies, "projects">) =>
  async (studioId: string, query: ProjectQuery): Promise<Page<Project>> => {
    const { clientId } = query;
    const read = (page: PageRequest) =>
      clientId === undefined
        ? projects.list(studioId, page)
        : projects.listForClient(studioId, clientId, page);
    const matches = (project: Project) => query.status === undefined || project.status === query.status;
    const items: Project[] = [];
    let cursor = query.cursor;
    for (let reads = 0; reads < MAX_READS_PER_PAGE && items.length < query.limit; reads++) {
      const page = await read({ limit: query.limit - items.length, cursor });
      items.push(...page.items.filter(matches));
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    return { items, nextCursor: cursor };
  };
