import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { clientRoutes } from "./clients/client-routes";

export const handler = httpApi(clientRoutes, (await container()).deps);
