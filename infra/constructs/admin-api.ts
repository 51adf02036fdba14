import { Duration, Stack } from "aws-cdk-lib";
import { CorsHttpMethod, HttpApi, HttpMethod, type IHttpRouteAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { type AdminArea, adminRoutes } from "../../functions/http/admin-routes";
import { RebookFunction, type TableAccess } from "./rebook-function";

export interface AdminApiProps {
  projectRoot: string;
  table: ITableV2;
  /** Guards every admin route; public routes (unsubscribe) join the API with no authorizer of their own. */
  authorizer: IHttpRouteAuthorizer;
  /** Origins the admin console is served from, e.g. `https://console.example.com`. */
  consoleOrigins: string[];
}

/** An area whose routes only read (GET) may only read the table; any other method needs writes. */
export function tableAccessOf(area: AdminArea): TableAccess {
  const routes: readonly string[] = adminRoutes[area];
  return routes.every((routeKey) => routeKey.startsWith("GET ")) ? "read" : "readWrite";
}

const adminAreas = Object.keys(adminRoutes) as AdminArea[];

/**
 * The HTTP API behind the admin console: one Lambda per area of `adminRoutes`, with entry
 * `functions/http/<area>.ts`, serving exactly that area's routes, all behind the JWT authorizer.
 */
export class AdminApi extends Construct {
  readonly httpApi: HttpApi;
  readonly functions: Record<AdminArea, RebookFunction>;

  constructor(scope: Construct, id: string, props: AdminApiProps) {
    super(scope, id);

    this.httpApi = new HttpApi(this, "HttpApi", {
      apiName: `${Stack.of(this).stackName}-admin`,
      description: "Rebook admin API, called by the studio console",
      defaultAuthorizer: props.authorizer,
      corsPreflight: {
        allowOrigins: props.consoleOrigins,
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.PATCH,
          CorsHttpMethod.DELETE,
        ],
        allowHeaders: ["authorization", "content-type"],
        maxAge: Duration.hours(1),
      },
    });

    this.functions = Object.fromEntries(
      adminAreas.map((area) => [area, this.addArea(area, props)]),
    ) as Record<AdminArea, RebookFunction>;
  }

  private addArea(area: AdminArea, props: AdminApiProps): RebookFunction {
    const areaFunction = new RebookFunction(this, area, {
      projectRoot: props.projectRoot,
      entry: `functions/http/${area}.ts`,
      serviceName: `rebook-${area}`,
      table: props.table,
      tableAccess: tableAccessOf(area),
    });
    // One integration and one invoke permission per area, shared by its routes, keeps the
    // function's resource policy small however many routes the area gains.
    const integration = new HttpLambdaIntegration(`${area}Integration`, areaFunction.function, {
      scopePermissionToRoute: false,
    });
    for (const routeKey of adminRoutes[area]) {
      const { method, path } = parseRouteKey(routeKey);
      this.httpApi.addRoutes({ path, methods: [method], integration });
    }
    return areaFunction;
  }

  /** Adds variables to one area's function, for what the stack composes after the API (secrets, URLs). */
  addAreaEnvironment(area: AdminArea, environment: Record<string, string>): void {
    for (const [name, value] of Object.entries(environment)) {
      this.functions[area].function.addEnvironment(name, value);
    }
  }
}

export function parseRouteKey(routeKey: string): { method: HttpMethod; path: string } {
  const [method, path] = routeKey.split(" ");
  if (!method || !path || !(method in HttpMethod)) {
    throw new Error(`Route key "${routeKey}" is not "METHOD /path"`);
  }
  return { method: HttpMethod[method as keyof typeof HttpMethod], path };
}
