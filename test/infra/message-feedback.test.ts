import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, type CfnElement } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RebookStack } from "../../infra/stacks/rebook-stack";

process.env.CDK_VALIDATION = "false";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

let outdir: string;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "cdk.out-message-feedback-"));
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

describe("message feedback: SES events and SMS replies", () => {
  it.each([
    [
      "ses-feedback",
      () => stack.messageFeedback.sesFeedbackTopic,
      () => stack.messageFeedback.sesFeedbackFunction,
    ],
    [
      "sms-inbound",
      () => stack.messageFeedback.smsInboundTopic,
      () => stack.messageFeedback.smsInboundFunction,
    ],
  ])(
    "subscribes its consumer to the %s topic, with a dead-letter queue for undeliverable messages",
    (_, topic, consumer) => {
      template.hasResourceProperties("AWS::SNS::Subscription", {
        Protocol: "lambda",
        TopicArn: { Ref: logicalId(topic()) },
        Endpoint: arnOf(consumer().function),
        RedrivePolicy: { deadLetterTargetArn: arnOf(stack.messageFeedback.deadLetterQueue) },
      });
    },
  );

  it("dead-letters events the consumers still fail after Lambda's retries", () => {
    for (const consumer of [
      stack.messageFeedback.sesFeedbackFunction,
      stack.messageFeedback.smsInboundFunction,
    ]) {
      template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
        FunctionName: { Ref: logicalId(consumer.function) },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: arnOf(stack.messageFeedback.deadLetterQueue) } },
      });
    }
  });

  it("lets SES and End User Messaging SMS publish to their topics, from this account only", () => {
    const policies = Object.values(template.findResources("AWS::SNS::TopicPolicy"));
    const principals = policies.flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as { Principal?: { Service?: string } }[]).map(
        (statement) => statement.Principal?.Service,
      ),
    );
    expect(principals).toEqual(expect.arrayContaining(["ses.amazonaws.com", "sms-voice.amazonaws.com"]));
  });
});

describe("the public unsubscribe routes", () => {
  it.each(["GET /u/{token}", "POST /u/{token}"])("serves %s without the JWT authorizer", (routeKey) => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: routeKey,
      AuthorizationType: "NONE",
    });
  });

  it("keeps the JWT authorizer on the admin routes", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "POST /clients/{clientId}/consents",
      AuthorizationType: "JWT",
    });
  });

  it("hands the unsubscribe function a generated secret through a dynamic reference, never a literal", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
    const fn = template.toJSON().Resources[logicalId(stack.unsubscribe.unsubscribeFunction.function)];
    const secret = JSON.stringify(fn.Properties.Environment.Variables.UNSUBSCRIBE_SECRET);
    expect(secret).toContain("{{resolve:secretsmanager:");
    expect(secret).toContain(logicalId(stack.unsubscribe.secret));
  });
});
