import type { Project } from "../model/project";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadProject } from "./load-project";

/** Counts a follow-up contact, so a request can be closed after one or two that went unanswered. */
export const recordProjectContact =
  ({ projects, clock }: Pick<Dependencies, "projects" | "clock">) =>
  (studioId: string, projectId: string): Promise<Project> =>
    retryOnConcurrentUpdate(async () => {
      const current = await loadProject(projects, studioId, projectId);
      const now = clock();
      const updated: Project = revised(
        current,
        { contactCount: current.contactCount + 1, lastContactAt: now },
        now,
      );
      await projects.save(updated);
      return updated;
    });
