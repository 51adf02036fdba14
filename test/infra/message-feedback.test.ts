import { Match, type Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

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

  it("lets the unsubscribe function read a generated secret at runtime, never holding its value", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
    const fn = template.toJSON().Resources[logicalId(stack.unsubscribe.unsubscribeFunction.function)];
    expect(fn.Properties.Environment.Variables.APP_SECRET_ARN).toEqual({
      Ref: logicalId(stack.appSecret.secret),
    });
    expect(JSON.stringify(fn.Properties.Environment)).not.toContain("{{resolve:secretsmanager:");
    const readsTheSecret = synthesized
      .statementsOf(logicalId(stack.unsubscribe.unsubscribeFunction.function.role!))
      .some(
        (statement) =>
          [statement.Action].flat().includes("secretsmanager:GetSecretValue") &&
          JSON.stringify(statement.Resource).includes(logicalId(stack.appSecret.secret)),
      );
    expect(readsTheSecret).toBe(true);
  });
});
