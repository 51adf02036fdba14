import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { paymentsOf } from "../shared/payments-container";
import { appointmentRoutes } from "./appointments/appointment-routes";

const { deps, environment } = await container(outboxSendRequests);

export const handler = httpApi(appointmentRoutes, { ...deps, payments: await paymentsOf(environment) });
