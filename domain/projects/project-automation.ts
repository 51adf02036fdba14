import { DateTime } from "luxon";
import type { ProjectAutomation } from "../model/project";
import { revised } from "../model/versioned";
import { forEachBounded } from "../outbox/bounded-concurrency";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadStudio } from "../studios/load-studio";
import { broadcastFollowUp } from "./broadcast-follow-up";
import { bulkUpdateProjects } from "./bulk-update-projects";
import { followUpQueryOf, selectedProjects } from "./follow-ups";

export type AutomationChanges = Partial<Omit<ProjectAutomation, "studioId" | "updatedAt" | "version">>;

export const getProjectAutomation =
  ({ studios, projects }: Pick<Dependencies, "studios" | "projects">) =>
  async (studioId: string): Promise<ProjectAutomation> => {
    await loadStudio(studios, studioId);
    return projects.automation(studioId);
  };

export const saveProjectAutomation =
  ({ studios, projects, clock }: Pick<Dependencies, "studios" | "projects" | "clock">) =>
  (studioId: string, changes: AutomationChanges): Promise<ProjectAutomation> =>
    retryOnConcurrentUpdate(async () => {
      await loadStudio(studios, studioId);
      const updated = revised<ProjectAutomation>(await projects.automation(studioId), changes, clock());
      await projects.saveAutomation(updated);
      return updated;
    });

export interface ProjectAutomationResult {
  studios: number;
  /** Requests closed after unanswered follow-ups. */
  closed: number;
  /** Completed projects whose aftercare message was queued. */
  aftercare: number;
  failed: { studioId: string; error: unknown }[];
}

const STUDIOS_IN_FLIGHT = 4;
/** A run that did not happen (an outage) is caught up within this many days. */
const AFTERCARE_CATCH_UP_DAYS = 7;

export const AUTO_CLOSE_REASON = "No answer to the follow-ups";

type AutomationDeps = Pick<Dependencies, "studios" | "projects" | "sendRequests" | "clock">;

/**
 * Closes the requests whose last follow-up went unanswered (no booking) for the set days once the set number
 * was sent; one request per studio and local day, so a retried run closes nothing twice.
 */
const closeUnanswered = async (deps: AutomationDeps, automation: ProjectAutomation, timeZone: string) => {
  if (automation.closeAfterFollowUps === null) return 0;
  const now = deps.clock();
  const filters = { olderThanDays: 0, minContacts: automation.closeAfterFollowUps };
  const listed = await selectedProjects(
    deps.projects,
    automation.studioId,
    followUpQueryOf("open-requests", filters, now, timeZone),
    undefined,
  );
  const unansweredSince = DateTime.fromISO(now, { zone: timeZone })
    .minus({ days: automation.unansweredAfterDays })
    .toUTC()
    .toISO()!;
  const due = listed.filter(
    (project) => project.lastContactAt !== null && project.lastContactAt <= unansweredSince,
  );
  if (due.length === 0) return 0;
  const result = await bulkUpdateProjects(deps)(automation.studioId, "open-requests", {
    requestId: `auto-close-${DateTime.fromISO(now, { zone: timeZone }).toISODate()}`,
    action: "close",
    reason: AUTO_CLOSE_REASON,
    filters,
    projectIds: due.map((project) => project.id),
  });
  return result.counts.changed;
};

/**
 * Sends the aftercare message to projects completed the set days ago (catching up a week) that had no
 * contact since their completion: one send request per project, named by it, so it goes out once.
 */
const sendAftercare = async (deps: AutomationDeps, automation: ProjectAutomation, timeZone: string) => {
  if (automation.aftercareAfterDays === null) return 0;
  const now = deps.clock();
  const today = DateTime.fromISO(now, { zone: timeZone });
  const filters = {
    from: today.minus({ days: automation.aftercareAfterDays + AFTERCARE_CATCH_UP_DAYS }).toISODate()!,
    to: today.minus({ days: automation.aftercareAfterDays }).toISODate()!,
  };
  const listed = await selectedProjects(
    deps.projects,
    automation.studioId,
    followUpQueryOf("completed", filters, now, timeZone),
    undefined,
  );
  const due = listed.filter(
    (project) => project.lastContactAt === null || project.lastContactAt < project.statusSince,
  );
  let sent = 0;
  const broadcast = broadcastFollowUp(deps);
  for (const project of due) {
    const result = await broadcast(automation.studioId, "completed", {
      requestId: `auto-aftercare-${project.id}`,
      templatePurpose: "project_aftercare",
      channelPolicy: automation.aftercareChannelPolicy,
      filters,
      projectIds: [project.id],
    });
    sent += result.contacted;
  }
  return sent;
};

/**
 * The hourly project automation: for each studio that switched some on (read from their own list, not from
 * every studio), closes unanswered requests and sends due aftercare messages. A studio whose work fails
 * does not hold back the others; the run reports it and a retry finds only what is left.
 */
export const runProjectAutomation = (deps: AutomationDeps) => async (): Promise<ProjectAutomationResult> => {
  const automated = await deps.projects.automatedStudios();
  const result: ProjectAutomationResult = { studios: automated.length, closed: 0, aftercare: 0, failed: [] };
  await forEachBounded(automated, STUDIOS_IN_FLIGHT, async (automation) => {
    try {
      const studio = await loadStudio(deps.studios, automation.studioId);
      result.closed += await closeUnanswered(deps, automation, studio.timeZone);
      result.aftercare += await sendAftercare(deps, automation, studio.timeZone);
    } catch (error) {
      result.failed.push({ studioId: automation.studioId, error });
    }
  });
  return result;
};
