import type { AdminArea } from "./admin-routes";
import { appointmentRoutes } from "./appointments/appointment-routes";
import { clientRoutes } from "./clients/client-routes";
import type { AreaRoutes } from "../shared/http/route";

/** Every admin area's routes: what the local server, the OpenAPI document and the tests walk. */
export const adminApi: { [A in AdminArea]?: AreaRoutes<A> } = {
  clients: clientRoutes,
  appointments: appointmentRoutes,
};
