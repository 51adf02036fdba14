import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import {
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { Metric } from "aws-cdk-lib/aws-cloudwatch";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { FilterPattern, LogGroup, MetricFilter, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { publicRoutes } from "../../functions/http/public/public-routes";
import { accessLogFormat, parseRouteKey } from "./admin-api";
import { RebookFunction } from "./rebook-function";

export interface BookingApiProps {
  projectRoot: string;
  table: ITableV2;
}

/**
 * The widget's limit for the whole booking API (API Gateway throttles per stage and route, not per caller):
 * a flood cannot run up Lambda, DynamoDB or SMS costs. Limits per caller (codes per phone and IP, holds per
 * IP) are the handlers' conditional counters.
 */
export const bookingThrottle = { rateLimit: 20, burstLimit: 40 } as const satisfies ThrottleSettings;

const CODE_BUDGET_NAMESPACE = "Rebook";

/**
 * The booking widget's public API, apart from the console's: no authorizer, and no API-level CORS, because
 * each studio allows its own website origins, which the function answers (preflights included). Every route
 * is public by design and throttled; request bodies are limited by the function. The payment provider's
 * webhook shares the API (it is public the same way) with a function of its own.
 */
export class BookingApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly bookingFunction: RebookFunction;
  /** Stripe's webhook: deposits paid at the provider. */
  readonly paymentsFunction: RebookFunction;
  /** Refused code requests because a studio's daily code budget was spent: worth an alarm (pumping, or a busy day). */
  readonly codeBudgetExhausted: Metric;

  constructor(scope: Construct, id: string, props: BookingApiProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.httpApi = new HttpApi(this, "HttpApi", {
      apiName: `${stack.stackName}-booking`,
      description: "Rebook online booking, called by the widget on studios' websites",
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, "AccessLogs", {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = this.httpApi.addStage("DefaultStage", {
      stageName: "$default",
      autoDeploy: true,
      throttle: bookingThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });

    this.bookingFunction = new RebookFunction(this, "Function", {
      projectRoot: props.projectRoot,
      entry: "functions/http/booking.ts",
      serviceName: "rebook-booking",
      table: props.table,
      tableAccess: "readWrite",
      environment: { PUBLIC_BASE_URL: this.httpApi.apiEndpoint },
    });
    const integration = new HttpLambdaIntegration("Integration", this.bookingFunction.function, {
      scopePermissionToRoute: false,
    });
    const routes = [
      ...publicRoutes.booking.map(parseRouteKey),
      // Preflights of the widget's requests, answered per studio by the function.
      { method: HttpMethod.OPTIONS, path: "/book/{proxy+}" },
    ].flatMap(({ method, path }) => this.httpApi.addRoutes({ path, methods: [method], integration }));
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: "AwsSolutions-APIG4",
        reason:
          "Public by design: a studio's clients book from its website without an account. The phone number is " +
          "verified by a one-time code before anything is booked, every limit is a conditional counter, and the " +
          "stage is throttled.",
      });
    }

    this.paymentsFunction = new RebookFunction(this, "PaymentsFunction", {
      projectRoot: props.projectRoot,
      entry: "functions/http/payments.ts",
      serviceName: "rebook-payments",
      table: props.table,
      tableAccess: "readWrite",
    });
    const paymentsIntegration = new HttpLambdaIntegration(
      "PaymentsIntegration",
      this.paymentsFunction.function,
      { scopePermissionToRoute: false },
    );
    for (const { method, path } of publicRoutes.payments.map(parseRouteKey)) {
      for (const route of this.httpApi.addRoutes({
        path,
        methods: [method],
        integration: paymentsIntegration,
      })) {
        Validations.of(route).acknowledge({
          id: "AwsSolutions-APIG4",
          reason:
            "The payment provider's webhook: Stripe authenticates no other way. It signs every event (HMAC over " +
            "the timestamp and the raw body) and the function verifies the signature, refusing forged, altered " +
            "and stale events before reading them.",
        });
      }
    }

    new MetricFilter(this, "CodeBudgetExhausted", {
      logGroup: this.bookingFunction.logGroup,
      metricNamespace: CODE_BUDGET_NAMESPACE,
      metricName: "CodeBudgetExhausted",
      filterPattern: FilterPattern.stringValue("$.limit", "=", "code-studio-day"),
      metricValue: "1",
    });
    this.codeBudgetExhausted = new Metric({
      namespace: CODE_BUDGET_NAMESPACE,
      metricName: "CodeBudgetExhausted",
      statistic: "Sum",
      period: Duration.minutes(5),
    });
  }
}
