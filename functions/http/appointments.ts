import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { appointmentRoutes } from "./appointments/appointment-routes";

export const handler = httpApi(appointmentRoutes, (await container(outboxSendRequests)).deps);
