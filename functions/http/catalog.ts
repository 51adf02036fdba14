import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { catalogRoutes } from "./catalog/catalog-routes";

export const handler = httpApi(catalogRoutes, (await container()).deps);
