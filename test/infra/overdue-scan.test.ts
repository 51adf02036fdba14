import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, type CfnElement } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OVERDUE_SCAN } from "../../events/overdue-scan";
import { RebookStack } from "../../infra/stacks/rebook-stack";

process.env.CDK_VALIDATION = "false";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const writeActions = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
];

let outdir: string;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "cdk.out-overdue-scan-"));
  const { context: cdkJsonContext } = JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8"));
  const app = new App({ outdir, context: { ...cdkJsonContext, "aws:cdk:bundling-stacks": [] } });
  stack = new RebookStack(app, "Rebook", { projectRoot, consoleOrigins: ["https://console.example.com"] });
  template = Template.fromStack(stack);
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

const logicalId = (construct: IConstruct): string =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);
const arnOf = (construct: IConstruct) => ({ "Fn::GetAtt": [logicalId(construct), "Arn"] });
const scanFunction = () => stack.overdueScan.scanFunction.function;
const deadLetters = () => stack.overdueScan.deadLetterQueue;

/** Every action the role's policies allow, with the resources they allow it on. */
const statementsOf = (roleId: string) =>
  Object.values(
    template.findResources("AWS::IAM::Policy", {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    }),
  ).flatMap(
    (policy) =>
      policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
  );

const actionsOf = (roleId: string) => statementsOf(roleId).flatMap((statement) => [statement.Action].flat());

describe("the overdue scan's schedule", () => {
  it("runs every hour, on time, in the stack's scan group, which exists before it", () => {
    const [scheduleId, schedule] = Object.entries(template.findResources("AWS::Scheduler::Schedule"))[0]!;

    expect(Object.keys(template.findResources("AWS::Scheduler::Schedule"))).toEqual([scheduleId]);
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
        Input: JSON.stringify({ kind: OVERDUE_SCAN }),
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: arnOf(deadLetters()) },
        RoleArn: Match.anyValue(),
      },
    });
  });

  it("assumes a role that may invoke the scan function and write the dead-letter queue", () => {
    const schedule = Object.values(template.findResources("AWS::Scheduler::Schedule"))[0]!;
    const roleId = schedule.Properties.Target.RoleArn["Fn::GetAtt"][0] as string;
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
        Runtime: "nodejs22.x",
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

describe("the reconnect API function", () => {
  it("only reads the table", () => {
    const actions = actionsOf(logicalId(stack.adminApi.functions.reconnect.function.role!));

    expect(actions).toEqual(expect.arrayContaining(["dynamodb:Query", "dynamodb:GetItem"]));
    for (const writeAction of writeActions) expect(actions).not.toContain(writeAction);
  });
});
