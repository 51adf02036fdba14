import { Match, type Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IndexDefinition, rebookTable } from "../../functions/adapters/dynamodb/table-schema";
import {
  ACCOUNT_CLAIM,
  type AdminArea,
  adminRoutes,
  ROLE_CLAIM,
  STUDIO_CLAIM,
} from "../../functions/http/admin-routes";
import { publicRoutes } from "../../functions/http/public/public-routes";
import { publicRouteThrottle, stageThrottle } from "../../infra/constructs/admin-api";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

const consoleOrigin = "https://console.example.com";
const areas = Object.keys(adminRoutes) as AdminArea[];
const routesWithArea = areas.flatMap((area) => adminRoutes[area].map((routeKey) => ({ area, routeKey })));

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeRebookStack([consoleOrigin]);
  ({ stack, template } = synthesized);
});

afterAll(() => synthesized.cleanUp());

const logicalId = (construct: IConstruct): string => synthesized.logicalId(construct);

function resourceOf(construct: IConstruct) {
  return template.toJSON().Resources[logicalId(construct)];
}

function routeKeysOf(api: IConstruct): string[] {
  return Object.values(
    template.findResources("AWS::ApiGatewayV2::Route", { Properties: { ApiId: { Ref: logicalId(api) } } }),
  )
    .map((route) => route.Properties.RouteKey as string)
    .sort();
}

function onlyLogicalId(type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe("the data table", () => {
  it("is a retained on-demand global table with the schema's keys, TTL, PITR and deletion protection", () => {
    template.resourceCountIs("AWS::DynamoDB::GlobalTable", 1);
    template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: rebookTable.partitionKey, KeyType: "HASH" },
          { AttributeName: rebookTable.sortKey, KeyType: "RANGE" },
        ],
        BillingMode: "PAY_PER_REQUEST",
        TimeToLiveSpecification: { AttributeName: rebookTable.timeToLiveAttribute, Enabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it("has exactly the schema's indexes", () => {
    const indexNames = resourceOf(stack.data.table).Properties.GlobalSecondaryIndexes.map(
      (index: { IndexName: string }) => index.IndexName,
    );

    expect(indexNames).toEqual(rebookTable.indexes.map((index) => index.name));
  });

  it.each(rebookTable.indexes)(
    "index $name is keyed $partitionKey/$sortKey as strings and projects what the schema names",
    (index: IndexDefinition) => {
      const projection =
        index.projection === "all"
          ? { ProjectionType: "ALL" }
          : index.projection === "keys"
            ? { ProjectionType: "KEYS_ONLY" }
            : { ProjectionType: "INCLUDE", NonKeyAttributes: [...index.projection] };
      for (const attribute of [index.partitionKey, index.sortKey]) {
        template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
          AttributeDefinitions: Match.arrayWith([{ AttributeName: attribute, AttributeType: "S" }]),
        });
      }
      template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
        GlobalSecondaryIndexes: Match.arrayWith([
          {
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: "HASH" },
              { AttributeName: index.sortKey, KeyType: "RANGE" },
            ],
            Projection: projection,
          },
        ]),
      });
    },
  );
});

describe("staff sign-in", () => {
  it("lets only administrators create accounts, signing in by email", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
      DeletionProtection: "ACTIVE",
    });
  });

  it("requires a TOTP code from every account at sign-in, and never sends SMS codes", () => {
    const { Properties } = resourceOf(stack.auth.userPool);

    expect(Properties.MfaConfiguration).toBe("ON");
    expect(Properties.EnabledMfas).toEqual(["SOFTWARE_TOKEN_MFA"]);
    expect(Properties.SmsConfiguration).toBeUndefined();
  });

  it("requires passwords of at least 12 characters from all four character classes", () => {
    expect(resourceOf(stack.auth.userPool).Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
  });

  it("carries the custom attributes behind the studio and role claims", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      Schema: Match.arrayWith([
        { Name: STUDIO_CLAIM.replace("custom:", ""), AttributeDataType: "String", Mutable: false },
        { Name: ROLE_CLAIM.replace("custom:", ""), AttributeDataType: "String", Mutable: true },
        { Name: ACCOUNT_CLAIM.replace("custom:", ""), AttributeDataType: "String", Mutable: false },
      ]),
    });
  });

  it("issues ID and access tokens for 15 minutes, the bound on a removed account's access", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      IdTokenValidity: 15,
      AccessTokenValidity: 15,
      TokenValidityUnits: Match.objectLike({ IdToken: "minutes", AccessToken: "minutes" }),
    });
  });

  it("lets exactly the account functions manage users, in this pool only", () => {
    const poolArn = { "Fn::GetAtt": [logicalId(stack.auth.userPool), "Arn"] };
    const managers = [stack.adminApi.functions.accounts, stack.onboarding.createStudio].map(
      (rebookFunction) => logicalId(rebookFunction.function.role!),
    );
    const rolesOfAllFunctions = Object.values(template.findResources("AWS::Lambda::Function")).map(
      (fn) => fn.Properties.Role["Fn::GetAtt"][0] as string,
    );

    for (const roleId of rolesOfAllFunctions) {
      const cognitoStatements = synthesized
        .statementsOf(roleId)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith("cognito-idp:")));
      if (managers.includes(roleId)) {
        expect(cognitoStatements).toEqual([expect.objectContaining({ Resource: poolArn })]);
      } else {
        expect(cognitoStatements).toEqual([]);
      }
    }
    for (const rebookFunction of [stack.adminApi.functions.accounts, stack.onboarding.createStudio]) {
      expect(resourceOf(rebookFunction.function).Properties.Environment.Variables.USER_POOL_ID).toEqual({
        Ref: logicalId(stack.auth.userPool),
      });
    }
  });

  it("gives the console a secretless SRP client that cannot write the studio, role or address", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      WriteAttributes: [],
    });
  });
});

describe("the admin API", () => {
  it("has one JWT authorizer: the user pool's issuer, the console client as audience", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Audience: [{ Ref: logicalId(stack.auth.consoleClient) }],
        Issuer: {
          "Fn::Join": [
            "",
            [
              "https://cognito-idp.",
              { Ref: "AWS::Region" },
              ".amazonaws.com/",
              { Ref: logicalId(stack.auth.userPool) },
            ],
          ],
        },
      },
    });
    onlyLogicalId("AWS::ApiGatewayV2::Authorizer");
  });

  it("allows the console's origins: its distribution and the one configured", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: [stack.resolve(stack.consoleHosting.url), consoleOrigin],
        AllowHeaders: Match.arrayWith(["authorization", "content-type"]),
      }),
    });
  });

  it("has no route beyond adminRoutes and the unsubscribe routes", () => {
    expect(routeKeysOf(stack.adminApi.httpApi)).toEqual(
      [...routesWithArea.map(({ routeKey }) => routeKey), ...publicRoutes.unsubscribe].sort(),
    );
  });

  it.each(routesWithArea)(
    "$routeKey requires the JWT and reaches the $area function",
    ({ area, routeKey }) => {
      const integrations = template.findResources("AWS::ApiGatewayV2::Integration", {
        Properties: {
          IntegrationUri: { "Fn::GetAtt": [logicalId(stack.adminApi.functions[area].function), "Arn"] },
          PayloadFormatVersion: "2.0",
        },
      });
      const [integrationId] = Object.keys(integrations);

      template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
        RouteKey: routeKey,
        AuthorizationType: "JWT",
        AuthorizerId: { Ref: onlyLogicalId("AWS::ApiGatewayV2::Authorizer") },
        Target: { "Fn::Join": ["", ["integrations/", { Ref: integrationId }]] },
      });
    },
  );
});

describe("the API stage", () => {
  const stageOf = () => resourceOf(stack.adminApi.stage);
  const routesById = () =>
    template.findResources("AWS::ApiGatewayV2::Route", {
      Properties: { ApiId: { Ref: logicalId(stack.adminApi.httpApi) } },
    });

  it("is the API's $default stage, deployed automatically", () => {
    expect(stageOf().Properties).toMatchObject({
      ApiId: { Ref: logicalId(stack.adminApi.httpApi) },
      StageName: "$default",
      AutoDeploy: true,
    });
  });

  it("logs every request as JSON: request id, IP, route, status, latency and integration error", () => {
    const { AccessLogSettings } = stageOf().Properties;
    const fields = JSON.parse(AccessLogSettings.Format);

    expect(AccessLogSettings.DestinationArn).toEqual(synthesized.arnOf(stack.adminApi.accessLogs));
    expect(fields).toMatchObject({
      requestId: "$context.requestId",
      ip: "$context.identity.sourceIp",
      routeKey: "$context.routeKey",
      status: "$context.status",
      latency: "$context.responseLatency",
      integrationError: "$context.integrationErrorMessage",
    });
  });

  it("never logs the request path, whose unsubscribe token is a credential", () => {
    expect(stageOf().Properties.AccessLogSettings.Format).not.toMatch(/\$context\.(path|resourcePath)/);
  });

  it("keeps the access log 90 days and beyond the stack", () => {
    expect(resourceOf(stack.adminApi.accessLogs)).toMatchObject({
      Type: "AWS::Logs::LogGroup",
      Properties: { RetentionInDays: 90 },
      DeletionPolicy: "Retain",
    });
  });

  it("throttles every route by default", () => {
    expect(stageOf().Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: stageThrottle.rateLimit,
      ThrottlingBurstLimit: stageThrottle.burstLimit,
    });
  });

  it("gives exactly the routes without the JWT authorizer a tighter limit, created after them", () => {
    const withoutJwt = Object.entries(routesById()).filter(
      ([, route]) => route.Properties.AuthorizationType !== "JWT",
    );
    const withoutJwtKeys = withoutJwt.map(([, route]) => route.Properties.RouteKey).sort();
    const { RouteSettings } = stageOf().Properties;

    expect(withoutJwtKeys).toEqual([...publicRoutes.unsubscribe].sort());
    expect(Object.keys(RouteSettings).sort()).toEqual(withoutJwtKeys);
    for (const settings of Object.values(RouteSettings)) {
      expect(settings).toEqual({
        ThrottlingRateLimit: publicRouteThrottle.rateLimit,
        ThrottlingBurstLimit: publicRouteThrottle.burstLimit,
      });
    }
    expect(publicRouteThrottle.rateLimit).toBeLessThan(stageThrottle.rateLimit);
    expect(publicRouteThrottle.burstLimit).toBeLessThan(stageThrottle.burstLimit);
    expect(stageOf().DependsOn).toEqual(expect.arrayContaining(withoutJwt.map(([id]) => id)));
  });
});

describe.each(areas)("the %s function", (area) => {
  const areaFunction = () => resourceOf(stack.adminApi.functions[area].function);

  it("runs Node.js 24 on arm64 with 512 MB, 10 s, source maps and the table name", () => {
    expect(areaFunction()).toMatchObject({
      Type: "AWS::Lambda::Function",
      Properties: {
        Architectures: ["arm64"],
        Runtime: "nodejs24.x",
        Handler: "index.handler",
        MemorySize: 512,
        Timeout: 10,
        Environment: {
          Variables: {
            TABLE_NAME: { Ref: logicalId(stack.data.table) },
            POWERTOOLS_SERVICE_NAME: `rebook-${area}`,
            NODE_OPTIONS: "--enable-source-maps",
          },
        },
      },
    });
  });

  it("logs to its own log group, kept for a month", () => {
    const logGroupId = areaFunction().Properties.LoggingConfig.LogGroup.Ref;

    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: "AWS::Logs::LogGroup",
      Properties: { RetentionInDays: 30 },
    });
  });

  it("may use DynamoDB only on the table and its indexes", () => {
    const tableArn = { "Fn::GetAtt": [logicalId(stack.data.table), "Arn"] };
    const tableAndIndexes = [tableArn, { "Fn::Join": ["", [tableArn, "/index/*"]] }];
    const roleId = logicalId(stack.adminApi.functions[area].function.role!);
    const policies = template.findResources("AWS::IAM::Policy", {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    });
    const statements = Object.values(policies).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement,
    );
    const dynamoDbStatements = statements.filter((statement) =>
      [statement.Action].flat().some((action: string) => action.startsWith("dynamodb:")),
    );

    expect(dynamoDbStatements).not.toHaveLength(0);
    for (const statement of dynamoDbStatements) {
      expect([statement.Action].flat()).not.toContain("dynamodb:*");
      expect(statement.Resource).toEqual(tableAndIndexes);
    }
  });
});

describe("every function's logs and metrics", () => {
  it("carry a service name of its own, from POWERTOOLS_SERVICE_NAME", () => {
    // Rebook's own functions run on Node.js; CDK's deployment functions (Python) log no service name.
    const names = Object.values(template.findResources("AWS::Lambda::Function"))
      .filter((fn) => String(fn.Properties.Runtime).startsWith("nodejs"))
      .map((fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);

    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^rebook-[a-z-]+$/);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("every function's role", () => {
  const functions = () => Object.entries(template.findResources("AWS::Lambda::Function"));

  it("has no managed policy (AWSLambdaBasicExecutionRole may log to every group)", () => {
    for (const [, fn] of functions()) {
      const roleId = fn.Properties.Role["Fn::GetAtt"][0];

      expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it("may write logs to its own log group only", () => {
    for (const [, fn] of functions()) {
      const roleId = fn.Properties.Role["Fn::GetAtt"][0];
      const logStatements = synthesized
        .statementsOf(roleId)
        .filter((statement) => [statement.Action].flat().some((action) => action.startsWith("logs:")));

      expect(logStatements).toEqual([
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: { "Fn::GetAtt": [fn.Properties.LoggingConfig.LogGroup.Ref, "Arn"] },
        },
      ]);
    }
  });
});

describe("the booking API", () => {
  const bookingFunction = () => resourceOf(stack.bookingApi.bookingFunction.function);

  it("serves exactly the booking routes, the widget's preflights and the payment webhook, with no authorizer", () => {
    const routes = Object.values(
      template.findResources("AWS::ApiGatewayV2::Route", {
        Properties: { ApiId: { Ref: logicalId(stack.bookingApi.httpApi) } },
      }),
    );

    expect(routeKeysOf(stack.bookingApi.httpApi)).toEqual(
      [...publicRoutes.booking, ...publicRoutes.payments, "OPTIONS /book/{proxy+}"].sort(),
    );
    for (const route of routes) expect(route.Properties.AuthorizationType ?? "NONE").toBe("NONE");
  });

  it("hands the payment webhook to the payments function alone", () => {
    const [webhook] = Object.values(
      template.findResources("AWS::ApiGatewayV2::Route", {
        Properties: { RouteKey: "POST /payments/stripe" },
      }),
    );
    const integration = template.toJSON().Resources[webhook!.Properties.Target["Fn::Join"][1][1].Ref];

    expect(JSON.stringify(integration.Properties.IntegrationUri)).toContain(
      logicalId(stack.bookingApi.paymentsFunction.function),
    );
  });

  it("lets exactly the functions that take deposits read Stripe's keys, named by STRIPE_SECRET_ARN", () => {
    const secretId = logicalId(stack.stripeSecret.secret);
    const readers = Object.entries(template.findResources("AWS::Lambda::Function"))
      .filter(([, resource]) => resource.Properties.Environment?.Variables?.STRIPE_SECRET_ARN !== undefined)
      .map(([id, resource]) => {
        expect(resource.Properties.Environment.Variables.STRIPE_SECRET_ARN).toEqual({ Ref: secretId });
        return id;
      });

    expect(readers.sort()).toEqual(
      [
        stack.bookingApi.bookingFunction.function,
        stack.bookingApi.paymentsFunction.function,
        stack.adminApi.functions.appointments.function,
        stack.appointmentNotices.function.function,
      ]
        .map((construct) => logicalId(construct))
        .sort(),
    );
    const policiesReadingTheSecret = Object.values(template.findResources("AWS::IAM::Policy")).filter(
      (policy) => JSON.stringify(policy.Properties.PolicyDocument).includes(`{"Ref":"${secretId}"}`),
    );
    expect(policiesReadingTheSecret).toHaveLength(4);
  });

  it("leaves CORS to the function, which allows each studio's own origins", () => {
    expect(resourceOf(stack.bookingApi.httpApi).Properties.CorsConfiguration).toBeUndefined();
  });

  it("throttles its stage below the console's and logs every request", () => {
    const stage = resourceOf(stack.bookingApi.stage).Properties;

    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ routeKey: "$context.routeKey" });
  });

  it("sends codes under their own protect configuration and links to itself", () => {
    const variables = bookingFunction().Properties.Environment.Variables;

    expect(variables.SMS_CODE_PROTECT_CONFIGURATION_ID).toEqual({
      "Fn::GetAtt": [
        stack.getLogicalId(stack.messaging.smsCodeProtectConfiguration),
        "ProtectConfigurationId",
      ],
    });
    expect(JSON.stringify(variables.PUBLIC_BASE_URL)).toContain(logicalId(stack.bookingApi.httpApi));
  });

  it("alarms when a studio's code budget is spent", () => {
    template.hasResourceProperties("AWS::Logs::MetricFilter", {
      FilterPattern: '{ $.limit = "code-studio-day" }',
    });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "Rebook",
      MetricName: "CodeBudgetExhausted",
      Threshold: 1,
    });
  });
});

describe("the scans' schedule group", () => {
  it("exists, named after the stack", () => {
    template.hasResourceProperties("AWS::Scheduler::ScheduleGroup", { Name: "Rebook-scans" });
  });
});

describe("the stack outputs", () => {
  it.each([
    "ApiUrl",
    "UserPoolId",
    "UserPoolClientId",
    "TableName",
    "AlarmTopicArn",
    "ApiAccessLogGroupName",
    "CreateStudioFunctionName",
    "BookingApiUrl",
  ])("include %s", (name) => {
    template.hasOutput(name, {});
  });
});

describe("the appointment notice run", () => {
  const noticeFunction = () => stack.appointmentNotices.function.function;

  it("runs every minute, finishes within it and dead-letters what fails", () => {
    const [schedule, ...others] = synthesized.schedulesTargeting(noticeFunction());

    expect(others).toHaveLength(0);
    expect(schedule!.Properties).toMatchObject({
      ScheduleExpression: "rate(1 minute)",
      Target: {
        Input: JSON.stringify({ kind: "send-appointment-notices" }),
        DeadLetterConfig: { Arn: synthesized.arnOf(stack.appointmentNotices.deadLetterQueue) },
      },
    });
    expect(resourceOf(noticeFunction()).Properties.Timeout).toBeLessThan(60);
  });

  it("links the notices to the booking API's self-service page and queues at the studios' rates", () => {
    const variables = resourceOf(noticeFunction()).Properties.Environment.Variables;

    expect(JSON.stringify(variables.BOOKING_BASE_URL)).toContain(logicalId(stack.bookingApi.httpApi));
    expect(variables).toMatchObject({ EMAIL_PER_MINUTE: "60", SMS_PER_MINUTE: "30" });
  });
});
