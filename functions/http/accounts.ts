import { accountDirectoryOf } from "../shared/account-directory";
import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { accountRoutes } from "./accounts/account-routes";

const { deps, environment } = await container();

export const handler = httpApi(accountRoutes, { ...deps, accountDirectory: accountDirectoryOf(environment) });
