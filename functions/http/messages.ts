import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { outboxSendRequests } from "../shared/outbox-send-requests";
import { messageRoutes } from "./messages/message-routes";

export const handler = httpApi(messageRoutes, (await container(outboxSendRequests)).deps);
