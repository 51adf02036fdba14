import type { Project } from "../model/project";
import type { Page, PageRequest } from "./page";
import type { StudioItemRepository } from "./studio-item-repository";

export interface ProjectRepository extends StudioItemRepository<Project> {
  /** One client's projects, newest first, without reading the studio's others. */
  listForClient(studioId: string, clientId: string, page: PageRequest): Promise<Page<Project>>;
}
