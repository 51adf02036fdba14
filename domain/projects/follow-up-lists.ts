import type { FollowUpList, Project } from "../model/project";
import { latestSessionAt } from "./project-sessions";

/** Where a project is filed: its list's partition, and its time there (the list's sort order). */
export interface FollowUpPlace {
  list: FollowUpList;
  at: string;
}

/**
 * The one rule of which list a project is filed in, and under which time. Membership of a list on a date is
 * this place plus a range of that time, so a list needs no rewrite as days pass:
 * - open-requests: a request with no session (booked or attended) at all, at its request time;
 * - without-appointment: running, at its latest session's start (or when it started running without one):
 *   it has no future appointment exactly while that time has passed;
 * - completed: at the completion time;
 * - paused-with-deposit: paused with the deposit paid, at its latest session's start (or when it was
 *   paused without one), which a future booking moves past any "older than" bound.
 */
export const followUpPlaceOf = (project: Project): FollowUpPlace | null => {
  const idleSince = latestSessionAt(project) ?? project.statusSince;
  switch (project.status) {
    case "request":
      return Object.keys(project.sessions).length === 0
        ? { list: "open-requests", at: project.createdAt }
        : null;
    case "running":
      return { list: "without-appointment", at: idleSince };
    case "completed":
      return { list: "completed", at: project.statusSince };
    case "paused":
      return project.depositPaid ? { list: "paused-with-deposit", at: idleSince } : null;
    case "closed":
      return null;
  }
};
