import { broadcastFollowUp } from "../../../domain/projects/broadcast-follow-up";
import { bulkUpdateProjects } from "../../../domain/projects/bulk-update-projects";
import { createProject } from "../../../domain/projects/create-project";
import { followUpCounts, listFollowUps } from "../../../domain/projects/follow-ups";
import { listProjects } from "../../../domain/projects/list-projects";
import { loadProject } from "../../../domain/projects/load-project";
import { getProjectAutomation, saveProjectAutomation } from "../../../domain/projects/project-automation";
import { viewOf } from "../../../domain/projects/project-sessions";
import { recordProjectContact } from "../../../domain/projects/record-project-contact";
import { updateProject } from "../../../domain/projects/update-project";
import { loadStudio } from "../../../domain/studios/load-studio";
import { type AreaRoutes, route } from "../../shared/http/route";
import { pageOf, pathWith } from "../shared/common-schemas";
import {
  automationChangesSchema,
  automationSchema,
  broadcastResultSchema,
  broadcastSchema,
  bulkUpdateResultSchema,
  bulkUpdateSchema,
  followUpCountsSchema,
  followUpListPathSchema,
  followUpPageSchema,
  followUpQuerySchema,
  newProjectSchema,
  projectChangeRecordsSchema,
  projectChangesSchema,
  projectQuerySchema,
  projectSchema,
  projectViewSchema,
} from "./project-schemas";

const projectPath = pathWith("projectId");

export const projectRoutes: AreaRoutes<"projects"> = {
  "POST /projects": route({
    summary: "Open a project request for a client",
    response: projectSchema,
    body: newProjectSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createProject(deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /projects": route({
    summary: "List projects, optionally of one status or client; a filtered page may be short",
    response: pageOf(projectSchema),
    query: projectQuerySchema,
    handle: (deps) => {
      const list = listProjects(deps);
      return ({ caller, query }) => list(caller.studioId, query);
    },
  }),
  "GET /projects/{projectId}": route({
    summary:
      "Read a project with what its sessions say: next and last appointment, sessions done, days since the request and since the last contact",
    response: projectViewSchema,
    path: projectPath,
    handle:
      (deps) =>
      async ({ caller, path }) => {
        const [studio, project] = await Promise.all([
          loadStudio(deps.studios, caller.studioId),
          loadProject(deps.projects, caller.studioId, path.projectId),
        ]);
        return viewOf(project, deps.clock(), studio.timeZone);
      },
  }),
  "PATCH /projects/{projectId}": route({
    summary:
      "Change title, notes or deposit, or move the status: request → running ⇄ paused → completed, or closed",
    response: projectSchema,
    path: projectPath,
    body: projectChangesSchema,
    handle: (deps) => {
      const update = updateProject(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.projectId, body);
    },
  }),
  "GET /projects/{projectId}/changes": route({
    summary:
      "What broadcasts and bulk updates did to a project (contacts counted, status moves), oldest first",
    response: projectChangeRecordsSchema,
    path: projectPath,
    handle:
      (deps) =>
      async ({ caller, path }) => {
        await loadProject(deps.projects, caller.studioId, path.projectId);
        return { items: await deps.projects.records(caller.studioId, path.projectId) };
      },
  }),
  "GET /follow-up-lists": route({
    summary: "How many projects each follow-up list holds with its default filters",
    response: followUpCountsSchema,
    handle: (deps) => {
      const counts = followUpCounts(deps);
      return ({ caller }) => counts(caller.studioId);
    },
  }),
  "GET /follow-up-lists/{list}": route({
    summary:
      "A follow-up list: open requests without a booking (olderThanDays, default 7), running without a future appointment, completed in a period (from/to, default the last 7 days), paused with a paid deposit (olderThanWeeks); each row with the client's reach and the project's counters, and the list's count",
    response: followUpPageSchema,
    path: followUpListPathSchema,
    query: followUpQuerySchema,
    handle: (deps) => {
      const list = listFollowUps(deps);
      return ({ caller, path, query: { limit, cursor, ...filters } }) =>
        list(caller.studioId, path.list, { filters, limit, cursor });
    },
  }),
  "POST /follow-up-lists/{list}/broadcasts": route({
    summary:
      "Sends the list's (selected) clients a follow-up, aftercare, review invitation or paused-project reminder through the outbox; counts one contact per project, once per requestId",
    response: broadcastResultSchema,
    path: followUpListPathSchema,
    body: broadcastSchema,
    handle: (deps) => {
      const broadcast = broadcastFollowUp(deps);
      return ({ caller, path, body }) => broadcast(caller.studioId, path.list, body);
    },
  }),
  "POST /follow-up-lists/{list}/bulk-updates": route({
    summary:
      "Closes (with a reason), pauses or resumes the list's (selected) projects, once per requestId, recording each change",
    response: bulkUpdateResultSchema,
    path: followUpListPathSchema,
    body: bulkUpdateSchema,
    handle: (deps) => {
      const update = bulkUpdateProjects(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.list, body);
    },
  }),
  "GET /project-automation": route({
    summary:
      "The studio's project automation: closing unanswered requests, the aftercare message (both off by default)",
    response: automationSchema,
    handle: (deps) => {
      const get = getProjectAutomation(deps);
      return ({ caller }) => get(caller.studioId);
    },
  }),
  "PATCH /project-automation": route({
    summary:
      "Switches project automation on or off: close a request after N unanswered follow-ups, send the aftercare message N days after completion",
    response: automationSchema,
    body: automationChangesSchema,
    handle: (deps) => {
      const save = saveProjectAutomation(deps);
      return ({ caller, body }) => save(caller.studioId, body);
    },
  }),
  "POST /projects/{projectId}/contacts": route({
    summary: "Record a follow-up contact: counts it and stamps the time",
    response: projectSchema,
    path: projectPath,
    handle: (deps) => {
      const record = recordProjectContact(deps);
      return ({ caller, path }) => record(caller.studioId, path.projectId);
    },
  }),
};
