import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { reconnectRoutes } from "./reconnect/reconnect-routes";

export const handler = httpApi(reconnectRoutes, (await container(outboxSendRequests)).deps);
