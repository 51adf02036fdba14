import { container } from "../shared/container";
import { readEnvironment, unsubscribeSecretOf } from "../shared/environment";
import { httpApi } from "../shared/http/http-api";
import { unsubscribeRoutes } from "./public/unsubscribe-routes";

export const handler = httpApi(unsubscribeRoutes(unsubscribeSecretOf(readEnvironment())), container());
