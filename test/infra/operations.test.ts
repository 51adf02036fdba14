import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Code, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { RootConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeadLetterQueue } from "../../infra/constructs/delivery-guarantees";
import { Operations } from "../../infra/constructs/operations";
import { readAlarmEmail } from "../../infra/operations-context";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

type Resource = { Type: string; Properties: Record<string, unknown> };

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;
let template: Template;
const outdirs: string[] = [];

beforeAll(() => {
  synthesized = synthesizeRebookStack();
  ({ stack, template } = synthesized);
});

afterAll(() => {
  synthesized.cleanUp();
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

const topicRef = () => ({ Ref: synthesized.logicalId(stack.operations.alarmTopic) });
const resources = (): Record<string, Resource> => template.toJSON().Resources;
const alarms = () => Object.values(template.findResources("AWS::CloudWatch::Alarm")) as Resource[];

/** Every logical id referenced as `{ "Fn::GetAtt": [id, "Arn"] }` anywhere inside a value. */
function arnTargetsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(arnTargetsIn);
  if (value === null || typeof value !== "object") return [];
  const getAtt = (value as Record<string, unknown>)["Fn::GetAtt"];
  if (Array.isArray(getAtt) && getAtt[1] === "Arn") return [getAtt[0] as string];
  return Object.values(value).flatMap(arnTargetsIn);
}

/**
 * The queues that serve as dead-letter queues, read from the template alone: every queue a schedule, an
 * asynchronous invocation, an SNS subscription, a Lambda function or another queue dead-letters to, and
 * every queue named as one.
 */
function deadLetterQueueIds(): string[] {
  const queueIds = Object.keys(template.findResources("AWS::SQS::Queue"));
  const deadLetterSettings = Object.values(resources()).flatMap((resource) => {
    const properties = resource.Properties ?? {};
    const target = properties.Target as Record<string, unknown> | undefined;
    return [
      target?.DeadLetterConfig,
      (properties.DestinationConfig as Record<string, unknown> | undefined)?.OnFailure,
      properties.RedrivePolicy,
      properties.DeadLetterConfig,
    ];
  });
  const referenced = new Set(arnTargetsIn(deadLetterSettings));
  return queueIds.filter((id) => referenced.has(id) || /dead.?letter|dlq/i.test(id));
}

describe("the alarm topic", () => {
  it("is an output of the stack", () => {
    template.hasOutput("AlarmTopicArn", { Value: topicRef() });
  });

  it("accepts CloudWatch alarms of this account, over TLS only", () => {
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      Topics: [topicRef()],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Condition: Match.objectLike({ StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } }),
          }),
        ]),
      },
    });
  });

  it("has no email subscription unless alarmEmail is set", () => {
    template.resourcePropertiesCountIs("AWS::SNS::Subscription", { Protocol: "email" }, 0);
  });
});

describe("the alarms", () => {
  it("watch every Lambda function's errors: at least one in 5 minutes, no data is no failure", () => {
    const functionIds = Object.keys(template.findResources("AWS::Lambda::Function"));
    expect(functionIds.length).toBeGreaterThan(0);

    for (const functionId of functionIds) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Dimensions: [{ Name: "FunctionName", Value: { Ref: functionId } }],
        Statistic: "Sum",
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "notBreaching",
      });
    }
  });

  it("watch every dead-letter queue: alarm as soon as it holds one message", () => {
    const queueIds = deadLetterQueueIds();
    expect(queueIds).toEqual(
      expect.arrayContaining(
        [stack.overdueScan, stack.messageFeedback, stack.messaging].map((construct) =>
          synthesized.logicalId(construct.deadLetterQueue),
        ),
      ),
    );

    for (const queueId of queueIds) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/SQS",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [queueId, "QueueName"] } }],
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "notBreaching",
      });
    }
  });

  it("notify the alarm topic when they fire and when they recover", () => {
    expect(alarms().length).toBeGreaterThan(0);
    for (const alarm of alarms()) {
      expect(alarm.Properties).toMatchObject({ AlarmActions: [topicRef()], OKActions: [topicRef()] });
    }
  });

  it("name what they watch in their description", () => {
    for (const alarm of alarms()) {
      expect(alarm.Properties.AlarmDescription).toMatch(
        /^(Lambda|Dead-letter queue) ([\w-]+(\/[\w-]+)+|Custom::\w+) |^Metric [\w-]+\/[\w-]+: /,
      );
    }
  });
});

/** A stack of its own, to add functions and queues around Operations. */
function operationsStack() {
  const outdir = mkdtempSync(join(tmpdir(), "cdk.out-operations-"));
  outdirs.push(outdir);
  const stack = new Stack(new App({ outdir }), "OperationsUnderTest");
  const addFunction = (id: string) =>
    new LambdaFunction(stack, id, {
      runtime: Runtime.NODEJS_24_X,
      handler: "index.handler",
      code: Code.fromInline("export const handler = async () => {};"),
    });
  return { stack, addFunction };
}

describe("Operations in any stack", () => {
  it("alarms on functions and dead-letter queues it was not told about, and mails them if asked", () => {
    const { stack, addFunction } = operationsStack();
    addFunction("Later");
    new DeadLetterQueue(stack, "Failures");
    const redriveTarget = new Queue(stack, "RedriveTarget");
    new Queue(stack, "Work", { deadLetterQueue: { queue: redriveTarget, maxReceiveCount: 3 } });

    const operations = new Operations(stack, "Operations", { watched: stack, alarmEmail: "ops@example.com" });
    const template = Template.fromStack(stack);

    expect(operations.errorAlarms.map((alarm) => alarm.node.id)).toEqual(["Later-Errors"]);
    expect(operations.deadLetterAlarms.map((alarm) => alarm.node.id).sort()).toEqual([
      "Failures-Messages",
      "RedriveTarget-Messages",
    ]);
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.com",
      TopicArn: { Ref: Match.stringLikeRegexp("^OperationsAlarmTopic") },
    });
  });

  it("fails synthesis for a function or dead-letter queue added after it", () => {
    const { stack, addFunction } = operationsStack();
    const operations = new Operations(stack, "Operations", { watched: stack });
    expect(operations.node.validate()).toEqual([]);

    addFunction("TooLate");
    new DeadLetterQueue(stack, "AlsoTooLate");

    expect(operations.node.validate()).toEqual([
      expect.stringContaining("TooLate has no alarm"),
      expect.stringContaining("AlsoTooLate has no alarm"),
    ]);
  });
});

describe("the alarmEmail context", () => {
  // A bare root, not an App: an App without an outdir leaves a temporary folder behind.
  const contextOf = (alarmEmail: unknown) => {
    const root = new RootConstruct();
    if (alarmEmail !== undefined) root.node.setContext("alarmEmail", alarmEmail);
    return root.node;
  };

  it("is optional", () => {
    expect(readAlarmEmail(contextOf(undefined))).toBeUndefined();
  });

  it("takes an email address", () => {
    expect(readAlarmEmail(contextOf("ops@example.com"))).toBe("ops@example.com");
  });

  it.each([["ops"], ["ops@example"], [42]])("rejects %j", (value) => {
    expect(() => readAlarmEmail(contextOf(value))).toThrow(/alarmEmail/);
  });
});
