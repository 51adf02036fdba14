import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { projectRoutes } from "./projects/project-routes";

export const handler = httpApi(projectRoutes, (await container()).deps);
