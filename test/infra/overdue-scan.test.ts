import { Match, type Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { birthdayGreetingsPayload } from "../../events/birthday-greetings";
import { overdueScanPayload } from "../../events/overdue-scan";
import { type AdminArea, adminRoutes } from "../../functions/http/admin-routes";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

const writeActions = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
];

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeRebookStack();
  ({ stack, template } = synthesized);
});

afterAll(() => synthesized.cleanUp());

const logicalId = (construct: IConstruct): string => synthesized.logicalId(construct);
const arnOf = (construct: IConstruct) => synthesized.arnOf(construct);
const scanFunction = () => stack.overdueScan.function.function;
const deadLetters = () => stack.overdueScan.deadLetterQueue;

const statementsOf = (roleId: string) => synthesized.statementsOf(roleId);

const actionsOf = (roleId: string) => statementsOf(roleId).flatMap((statement) => [statement.Action].flat());

/** The one schedule whose target is the scan function (the stack has other schedules). */
const scanSchedule = () => {
  const schedules = synthesized.schedulesTargeting(scanFunction());
  expect(schedules).toHaveLength(1);
  return schedules[0]!;
};

describe("the overdue scan's schedule", () => {
  it("runs every hour, on time, in the stack's scan group, which exists before it", () => {
    const schedule = scanSchedule();

    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: "rate(1 hour)",
      State: "ENABLED",
      FlexibleTimeWindow: { Mode: "OFF" },
      GroupName: "Rebook-scans",
    });
    expect(schedule.DependsOn).toContain(logicalId(stack.scanSchedules));
  });

  it("invokes the scan function with the scan payload, retries briefly and dead-letters to SQS", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      Target: {
        Arn: arnOf(scanFunction()),
        Input: JSON.stringify(overdueScanPayload),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: arnOf(deadLetters()) },
        RoleArn: Match.anyValue(),
      },
    });
  });

  it("assumes a role that may invoke the scan function and write the dead-letter queue", () => {
    const roleId = scanSchedule().Properties.Target.RoleArn["Fn::GetAtt"][0] as string;
    const statements = statementsOf(roleId);

    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: "lambda:InvokeFunction",
          Resource: expect.arrayContaining([arnOf(scanFunction())]),
        }),
        expect.objectContaining({ Action: "sqs:SendMessage", Resource: arnOf(deadLetters()) }),
      ]),
    );
  });
});

describe("the scan function", () => {
  it("runs the scheduled entry for up to five minutes, on the table", () => {
    expect(template.toJSON().Resources[logicalId(scanFunction())]).toMatchObject({
      Type: "AWS::Lambda::Function",
      Properties: {
        Architectures: ["arm64"],
        Runtime: "nodejs24.x",
        Timeout: 300,
        Environment: {
          Variables: {
            TABLE_NAME: { Ref: logicalId(stack.data.table) },
            POWERTOOLS_SERVICE_NAME: "rebook-overdue-scan",
          },
        },
      },
    });
  });

  it("gets what queueing ReConnect messages needs: public links, the secret's ARN and the send rates", () => {
    const variables = template.toJSON().Resources[logicalId(scanFunction())].Properties.Environment.Variables;

    expect(Object.keys(variables)).toEqual(
      expect.arrayContaining(["PUBLIC_BASE_URL", "APP_SECRET_ARN", "EMAIL_PER_MINUTE", "SMS_PER_MINUTE"]),
    );
  });

  it("may read and write the table and its indexes, and nothing beyond them", () => {
    const tableArn = arnOf(stack.data.table);
    const statements = statementsOf(logicalId(scanFunction().role!)).filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith("dynamodb:")),
    );

    expect(actionsOf(logicalId(scanFunction().role!))).toEqual(
      expect.arrayContaining(["dynamodb:Query", "dynamodb:UpdateItem"]),
    );
    for (const statement of statements) {
      expect([statement.Action].flat()).not.toContain("dynamodb:*");
      expect(statement.Resource).toEqual([tableArn, { "Fn::Join": ["", [tableArn, "/index/*"]] }]);
    }
  });

  it("sends a run that failed after Lambda's retries to the same dead-letter queue", () => {
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: logicalId(scanFunction()) },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: arnOf(deadLetters()) } },
    });
  });
});

describe("the birthday greetings", () => {
  const greetingsFunction = () => stack.birthdayGreetings.function.function;

  it("run daily at 18:00 UTC in the scan group, with their payload, dead-lettered to their own queue", () => {
    const schedules = synthesized.schedulesTargeting(greetingsFunction());

    expect(schedules).toHaveLength(1);
    expect(schedules[0]!.Properties).toMatchObject({
      ScheduleExpression: "cron(0 18 * * ? *)",
      GroupName: "Rebook-scans",
      Target: {
        Input: JSON.stringify(birthdayGreetingsPayload),
        DeadLetterConfig: { Arn: arnOf(stack.birthdayGreetings.deadLetterQueue) },
      },
    });
  });

  it("queue through the outbox: they get the links, the secret's ARN and the send rates", () => {
    const variables =
      template.toJSON().Resources[logicalId(greetingsFunction())].Properties.Environment.Variables;

    expect(Object.keys(variables)).toEqual(
      expect.arrayContaining(["PUBLIC_BASE_URL", "APP_SECRET_ARN", "EMAIL_PER_MINUTE", "SMS_PER_MINUTE"]),
    );
    expect(variables.POWERTOOLS_SERVICE_NAME).toBe("rebook-birthday-greetings");
  });
});

describe("the dead-letter queue", () => {
  it("keeps failures for 14 days, encrypted, reachable over TLS only", () => {
    template.hasResourceProperties("AWS::SQS::Queue", {
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties("AWS::SQS::QueuePolicy", {
      Queues: [{ Ref: logicalId(deadLetters()) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });
});

describe("the admin API functions' table access", () => {
  it.each(Object.keys(adminRoutes) as AdminArea[])(
    "%s only reads the table when it serves only GET routes",
    (area) => {
      const actions = actionsOf(logicalId(stack.adminApi.functions[area].function.role!));
      const readsOnly = (adminRoutes[area] as readonly string[]).every((routeKey) =>
        routeKey.startsWith("GET "),
      );

      expect(actions).toEqual(expect.arrayContaining(["dynamodb:Query", "dynamodb:GetItem"]));
      for (const writeAction of writeActions) {
        if (readsOnly) expect(actions).not.toContain(writeAction);
        else expect(actions).toContain(writeAction);
      }
    },
  );
});
