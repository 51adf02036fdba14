import type { Project, ProjectChangeRecord } from "../model/project";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";

/** A request's change to one project: the project to store and what is recorded of it. */
export interface ProjectChange {
  updated: Project;
  record: Omit<ProjectChangeRecord, "projectId" | "requestId">;
}

export type ChangeOutcome = "changed" | "changed_before" | "unchanged" | "gone";

/**
 * Applies one request's change to one project exactly once: the project is written at its version together
 * with the request's record, which exists at most once per project and request. A project changed meanwhile
 * is read again and the change derived anew; `change` answers null when there is nothing to do.
 */
export const changeProjectOnce = (
  deps: Pick<Dependencies, "projects">,
  studioId: string,
  projectId: string,
  requestId: string,
  change: (current: Project) => ProjectChange | null,
): Promise<ChangeOutcome> =>
  retryOnConcurrentUpdate(async () => {
    const current = await deps.projects.get(studioId, projectId);
    if (current === null) return "gone";
    const decided = change(current);
    if (decided === null) return "unchanged";
    const { updated, record } = decided;
    const written = await deps.projects.saveWithRecord(updated, { ...record, projectId, requestId });
    return written ? "changed" : "changed_before";
  });
