import type { AreaRoutes } from "../shared/http/route";
import { accountRoutes } from "./accounts/account-routes";
import type { AdminArea } from "./admin-routes";
import { appointmentRoutes } from "./appointments/appointment-routes";
import { catalogRoutes } from "./catalog/catalog-routes";
import { clientRoutes } from "./clients/client-routes";
import { messageRoutes } from "./messages/message-routes";
import { projectRoutes } from "./projects/project-routes";
import { reconnectRoutes } from "./reconnect/reconnect-routes";

/** Every admin area's routes: what the local server, the OpenAPI document and the tests walk. */
export const adminApi: { [A in AdminArea]: AreaRoutes<A> } = {
  clients: clientRoutes,
  catalog: catalogRoutes,
  appointments: appointmentRoutes,
  projects: projectRoutes,
  reconnect: reconnectRoutes,
  messages: messageRoutes,
  accounts: accountRoutes,
};
