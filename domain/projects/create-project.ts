import { loadActiveClient } from "../clients/load-client";
import type { Project } from "../model/project";
import type { Dependencies } from "../ports/dependencies";
import { checkDeposit } from "./project-deposit";

export interface ProjectDraft {
  clientId: string;
  title: string;
  notes: string;
  /** Minor currency units; 0 = no deposit. */
  depositAmount: number;
  depositPaid: boolean;
}

/** Opens a project, as a request, for an existing client of the studio whose data was not erased. */
export const createProject =
  ({ clients, projects, clock, newId }: Pick<Dependencies, "clients" | "projects" | "clock" | "newId">) =>
  async (studioId: string, draft: ProjectDraft): Promise<Project> => {
    checkDeposit(draft, "depositPaid");
    await loadActiveClient(clients, studioId, draft.clientId);
    const now = clock();
    const project: Project = {
      ...draft,
      id: newId(),
      studioId,
      status: "request",
      statusSince: now,
      closeReason: null,
      sessions: {},
      contactCount: 0,
      lastContactAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await projects.save(project);
    return project;
  };
