import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { photoObjectsOf } from "../shared/photo-bucket";
import { clientRoutes } from "./clients/client-routes";

const { deps, environment } = await container();

export const handler = httpApi(clientRoutes, { ...deps, photoObjects: photoObjectsOf(environment) });
