import { createProject } from "../../../domain/projects/create-project";
import { listProjects } from "../../../domain/projects/list-projects";
import { loadProject } from "../../../domain/projects/load-project";
import { viewOf } from "../../../domain/projects/project-sessions";
import { recordProjectContact } from "../../../domain/projects/record-project-contact";
import { updateProject } from "../../../domain/projects/update-project";
import { type AreaRoutes, route } from "../../shared/http/route";
import { pageOf, pathWith } from "../shared/common-schemas";
import {
  newProjectSchema,
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
      async ({ caller, path }) =>
        viewOf(await loadProject(deps.projects, caller.studioId, path.projectId), deps.clock()),
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
