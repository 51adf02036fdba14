import { RebookError } from "../errors";
import type { Project, ProjectStatus } from "../model/project";

/** request → running ⇄ paused → completed; every open project may be closed. Closed is final. */
const allowedNext: Record<ProjectStatus, readonly ProjectStatus[]> = {
  request: ["running", "closed"],
  running: ["paused", "completed", "closed"],
  paused: ["running", "completed", "closed"],
  completed: ["closed"],
  closed: [],
};

/** Staying in the same status is no transition and always allowed. */
export const mayBecome = (from: ProjectStatus, to: ProjectStatus): boolean =>
  from === to || allowedNext[from].includes(to);

export const assertProjectTransition = (from: ProjectStatus, to: ProjectStatus): void => {
  if (mayBecome(from, to)) return;
  throw new RebookError("PROJECT.INVALID_TRANSITION", `a ${from} project cannot become ${to}`);
};

/** The project moved to `status` at `now` (unchanged when it is there already); a close keeps its reason. */
export const withStatus = (
  project: Project,
  status: ProjectStatus,
  now: string,
  closeReason: string | null,
): Project => {
  assertProjectTransition(project.status, status);
  if (status === project.status) return project;
  return { ...project, status, statusSince: now, closeReason: status === "closed" ? closeReason : null };
};
