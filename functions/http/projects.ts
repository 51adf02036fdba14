import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { projectRoutes } from "./projects/project-routes";

export const handler = httpApi(projectRoutes, (await container(outboxSendRequests)).deps);
