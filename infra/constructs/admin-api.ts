import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  CfnRoute,
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  type ThrottleSettings,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
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
 * Every route's limit unless a tighter one applies, for the whole API (API Gateway throttles per stage and
 * route, not per caller): ample for the studios' consoles, and far below the account's 10,000 requests/s,
 * so a runaway client cannot starve the account's other APIs or run up Lambda and DynamoDB costs.
 */
export const stageThrottle = { rateLimit: 50, burstLimit: 100 } as const satisfies ThrottleSettings;

/**
 * Routes without the JWT authorizer (unsubscribe links today, the booking widget's routes later) answer
 * anyone on the internet. They get a tighter limit so that a flood on them cannot use up the stage's limit
 * and lock the studios out of their consoles. Limits per caller (codes per phone or IP) are the handlers'.
 */
export const publicRouteThrottle = { rateLimit: 10, burstLimit: 20 } as const satisfies ThrottleSettings;

/**
 * One JSON line per request: the audit trail of an API that serves personal data. It names the route
 * (`routeKey`), never the path, whose unsubscribe token is a credential, and the caller by IP and, behind
 * the authorizer, by the token's subject.
 */
export const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    requestTime: "$context.requestTime",
    ip: "$context.identity.sourceIp",
    user: "$context.authorizer.claims.sub",
    routeKey: "$context.routeKey",
    status: "$context.status",
    protocol: "$context.protocol",
    responseLength: "$context.responseLength",
    latency: "$context.responseLatency",
    integrationLatency: "$context.integrationLatency",
    integrationStatus: "$context.integrationStatus",
    integrationError: "$context.integrationErrorMessage",
    authorizerError: "$context.authorizer.error",
    error: "$context.error.message",
  }),
);

/**
 * The HTTP API behind the admin console: one Lambda per area of `adminRoutes`, with entry
 * `functions/http/<area>.ts`, serving exactly that area's routes, all behind the JWT authorizer.
 * Its one stage logs every request to the access log group and throttles every route; routes that others
 * add without the authorizer get the tighter public limit from `limitPublicRoutes`.
 */
export class AdminApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly functions: Record<AdminArea, RebookFunction>;

  constructor(scope: Construct, id: string, props: AdminApiProps) {
    super(scope, id);

    this.httpApi = new HttpApi(this, "HttpApi", {
      apiName: `${Stack.of(this).stackName}-admin`,
      description: "Rebook admin API, called by the studio console",
      defaultAuthorizer: props.authorizer,
      // Created below with access logs and throttling, which HttpApi's own default stage cannot take.
      createDefaultStage: false,
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

    this.accessLogs = new LogGroup(this, "AccessLogs", {
      // Long enough to investigate an incident reported within a quarter, short enough for IP addresses.
      retention: RetentionDays.THREE_MONTHS,
      // An audit trail outlives the stack; its retention still expires it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The same construct id and name as HttpApi's own default stage, so the deployed stage is updated in place.
    this.stage = this.httpApi.addStage("DefaultStage", {
      stageName: "$default",
      autoDeploy: true,
      throttle: stageThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: accessLogFormat,
      },
    });
    this.node.addValidation({ validate: () => this.unlimitedPublicRoutes() });

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

  /**
   * Gives every route of the API without the JWT authorizer the public limit. Routes join the API from other
   * constructs, so the stack calls this once all are composed; synthesis fails if a public route escaped it.
   */
  limitPublicRoutes(): void {
    const stage = this.stage.node.defaultChild as CfnStage;
    const routes = this.publicRoutes();
    stage.routeSettings = Object.fromEntries(
      routes.map((route) => [
        route.routeKey,
        {
          ThrottlingRateLimit: publicRouteThrottle.rateLimit,
          ThrottlingBurstLimit: publicRouteThrottle.burstLimit,
        },
      ]),
    );
    // A stage's route settings must name existing routes, or its creation fails.
    for (const route of routes) stage.addResourceDependency(route);
  }

  /** The API's routes that skip the JWT authorizer, wherever in the stack they were added. */
  private publicRoutes(): CfnRoute[] {
    return Stack.of(this)
      .node.findAll()
      .filter((construct): construct is CfnRoute => construct instanceof CfnRoute)
      .filter(
        (route) => route.apiId === this.httpApi.apiId && (route.authorizationType ?? "NONE") === "NONE",
      );
  }

  private unlimitedPublicRoutes(): string[] {
    const limited = (this.stage.node.defaultChild as CfnStage).routeSettings ?? {};
    return this.publicRoutes()
      .filter((route) => !(route.routeKey in limited))
      .map(
        (route) =>
          `Public route ${route.routeKey} has no throttling limit: call limitPublicRoutes() after adding it`,
      );
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
