import type { Project, ProjectStatus } from "../model/project";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadProject } from "./load-project";
import { checkDeposit } from "./project-deposit";
import { assertProjectTransition } from "./project-status";

export interface ProjectChanges {
  title?: string;
  notes?: string;
  depositAmount?: number;
  depositPaid?: boolean;
  status?: ProjectStatus;
}

/** Changes a project's details and moves it along its status path. */
export const updateProject =
  ({ projects, clock }: Pick<Dependencies, "projects" | "clock">) =>
  (studioId: string, projectId: string, changes: ProjectChanges): Promise<Project> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadProject(projects, studioId, projectId);
      if (changes.status !== undefined) assertProjectTransition(current.status, changes.status);
      const updated = revised(current, changes, clock());
      checkDeposit(updated, changes.depositPaid === undefined ? "depositAmount" : "depositPaid");
      await projects.save(updated);
      return updated;
    });
