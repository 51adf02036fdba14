import { validationError } from "../errors";
import type { FollowUpList, ProjectStatus } from "../model/project";
import { revised } from "../model/versioned";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { type ChangeOutcome, changeProjectOnce } from "./change-project-once";
import { type FollowUpSelection, followUpQueryOf, selectedProjects } from "./follow-ups";
import { mayBecome, withStatus } from "./project-status";

export type BulkAction = "close" | "pause" | "resume";

const TARGET: Record<BulkAction, ProjectStatus> = { close: "closed", pause: "paused", resume: "running" };

export interface BulkUpdateRequest extends FollowUpSelection {
  /** Chosen by the caller: sending it again changes nothing twice. */
  requestId: string;
  action: BulkAction;
  /** Why the projects are closed; required to close. */
  reason?: string;
}

/** Per project: changed now, by an earlier try of this request, already there, or not allowed from its status. */
export type BulkOutcome = Exclude<ChangeOutcome, "unchanged"> | "already" | "refused";

export interface BulkUpdateResult {
  requestId: string;
  /** Listed projects the update concerned. */
  projects: number;
  counts: Record<BulkOutcome, number>;
  outcomes: { projectId: string; outcome: BulkOutcome }[];
}

type BulkDeps = Pick<Dependencies, "studios" | "projects" | "clock">;

const IN_FLIGHT = 16;

/**
 * Closes (with a reason), pauses or resumes a list's (selected) projects. Each project's change is written
 * with the request's record, once per project and request, so a retry changes and records nothing twice; a
 * project the change does not fit (pausing a request) is refused and left as it is.
 */
export const bulkUpdateProjects =
  (deps: BulkDeps) =>
  async (studioId: string, list: FollowUpList, request: BulkUpdateRequest): Promise<BulkUpdateResult> => {
    if (request.action === "close" && (request.reason ?? "").trim() === "")
      throw validationError("reason", "closing needs a reason");
    const now = deps.clock();
    const studio = await loadStudio(deps.studios, studioId);
    const query = followUpQueryOf(list, request.filters, now, studio.timeZone);
    const projects = await selectedProjects(deps.projects, studioId, query, request.projectIds);
    const target = TARGET[request.action];
    const reason = request.action === "close" ? (request.reason ?? null) : null;

    const outcomes: { projectId: string; outcome: BulkOutcome }[] = [];
    await forEachBounded(projects, IN_FLIGHT, async (project) => {
      let refused = false;
      const outcome = await changeProjectOnce(
        deps,
        studioId,
        project.id,
        `bulk:${request.requestId}`,
        (current) => {
          refused = !mayBecome(current.status, target);
          if (refused || current.status === target) return null;
          return {
            updated: revised(withStatus(current, target, now, reason), {}, now),
            record: {
              action: "status",
              at: now,
              note: reason,
              statusBefore: current.status,
              statusAfter: target,
            },
          };
        },
      );
      outcomes.push({
        projectId: project.id,
        outcome: outcome === "unchanged" ? (refused ? "refused" : "already") : outcome,
      });
    });
    const counts: Record<BulkOutcome, number> = {
      changed: 0,
      changed_before: 0,
      already: 0,
      refused: 0,
      gone: 0,
    };
    for (const { outcome } of outcomes) counts[outcome] += 1;
    return { requestId: request.requestId, projects: projects.length, counts, outcomes };
  };
