import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { messageRoutes } from "./messages/message-routes";

export const handler = httpApi(messageRoutes, (await container()).deps);
