import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { unsubscribeRoutes } from "./public/unsubscribe-routes";

const { deps, secrets } = await container();

export const handler = httpApi(unsubscribeRoutes(secrets.unsubscribe), deps);
