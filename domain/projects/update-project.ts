import type { Project, ProjectStatus } from "../model/project";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadProject } from "./load-project";
import { checkDeposit } from "./project-deposit";
import { withStatus } from "./project-status";

export interface ProjectChanges {
  title?: string;
  notes?: string;
  depositAmount?: number;
  depositPaid?: boolean;
  status?: ProjectStatus;
  /** With `status: closed`: why. */
  closeReason?: string;
}

/** Changes a project's details and moves it along its status path. */
export const updateProject =
  ({ projects, clock }: Pick<Dependencies, "projects" | "clock">) =>
  (
    studioId: string,
    projectId: string,
    { status, closeReason, ...fields }: ProjectChanges,
  ): Promise<Project> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadProject(projects, studioId, projectId);
      const now = clock();
      const moved = withStatus(current, status ?? current.status, now, closeReason ?? null);
      const updated = revised(moved, fields, now);
      checkDeposit(updated, fields.depositPaid === undefined ? "depositAmount" : "depositPaid");
      await projects.save(updated);
      return updated;
    });
