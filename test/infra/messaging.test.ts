import type { CfnElement } from "aws-cdk-lib";
import { Match, type Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueMessagesPayload } from "../../events/send-due-messages";
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
/** The logical id of an L1 resource, which is its own default child. */
const cfnId = (resource: CfnElement): string => stack.getLogicalId(resource);
const messaging = () => stack.messaging;
const sender = () => stack.messaging.senderFunction.function;
const deadLetters = () => stack.messaging.deadLetterQueue;

const statementsOf = (roleId: string) => synthesized.statementsOf(roleId);

const statementsAllowing = (roleId: string, action: string) =>
  statementsOf(roleId).filter((statement) => [statement.Action].flat().includes(action));

const senderSchedule = () => {
  const schedules = synthesized.schedulesTargeting(sender());
  expect(schedules).toHaveLength(1);
  return schedules[0]!;
};

describe("the sender's schedule", () => {
  it("runs every minute, on time, in the stack's schedule group, which exists before it", () => {
    const schedule = senderSchedule();

    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: "rate(1 minute)",
      State: "ENABLED",
      FlexibleTimeWindow: { Mode: "OFF" },
      GroupName: "Rebook-scans",
    });
    expect(schedule.DependsOn).toContain(logicalId(stack.scanSchedules));
  });

  it("invokes the sender with the send payload, retries briefly and dead-letters to SQS", () => {
    expect(senderSchedule().Properties.Target).toMatchObject({
      Arn: arnOf(sender()),
      Input: JSON.stringify(sendDueMessagesPayload),
      RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 },
      DeadLetterConfig: { Arn: arnOf(deadLetters()) },
    });
  });

  it("dead-letters a failed run instead of retrying it: the next minute's run is the retry", () => {
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: logicalId(sender()) },
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: arnOf(deadLetters()) } },
    });
  });
});

describe("the sender", () => {
  it("runs the scheduled entry for under a minute, with the messaging environment", () => {
    const fn = template.toJSON().Resources[logicalId(sender())];

    expect(fn.Properties.Timeout).toBeLessThan(60);
    expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(fn.Properties.Environment.Variables).toMatchObject({
      TABLE_NAME: { Ref: logicalId(stack.data.table) },
      POWERTOOLS_SERVICE_NAME: "rebook-sender",
      SES_FROM_ADDRESS: "Rebook <no-reply@example.com>",
      SES_CONFIGURATION_SET: { Ref: logicalId(messaging().emailConfigurationSet) },
      SMS_ORIGINATION_IDENTITY: "Rebook",
      SMS_CONFIGURATION_SET: "Rebook-sms",
      EMAIL_PER_MINUTE: "60",
      SMS_PER_MINUTE: "30",
      PUBLIC_BASE_URL: { "Fn::GetAtt": [logicalId(stack.adminApi.httpApi), "ApiEndpoint"] },
    });
    expect(fn.Properties.Environment.Variables.APP_SECRET_ARN).toEqual({
      Ref: logicalId(stack.appSecret.secret),
    });
  });

  it("may send email only as the identity and through the configuration set, never on *", () => {
    const statements = statementsAllowing(logicalId(sender().role!), "ses:SendEmail");
    const resources = JSON.stringify(statements.map((statement) => statement.Resource));

    expect(statements).toHaveLength(1);
    expect(statements[0]!.Resource).not.toEqual("*");
    expect(resources).toContain(":identity/example.com");
    expect(resources).toContain(
      `":configuration-set/",{"Ref":"${logicalId(messaging().emailConfigurationSet)}"}`,
    );
    expect(statementsAllowing(logicalId(sender().role!), "ses:SendRawEmail")).toHaveLength(0);
  });

  it("may send texts only through its configuration set, origination identity and opt-out list", () => {
    const statements = statementsAllowing(logicalId(sender().role!), "sms-voice:SendTextMessage");
    const resources = JSON.stringify(statements.map((statement) => statement.Resource));

    expect(statements).toHaveLength(1);
    expect(statements[0]!.Resource).not.toEqual("*");
    expect(resources).not.toContain('"*"');
    expect(resources).toContain(":configuration-set/Rebook-sms");
    expect(resources).toContain(":sender-id/Rebook/*");
    expect(resources).toContain(cfnId(messaging().smsOptOutList));
  });
});

describe("the email configuration set", () => {
  it("tracks reputation metrics", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", {
      ReputationOptions: { ReputationMetricsEnabled: true },
    });
  });

  it("publishes every event that proves acceptance to delivery-events", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      ConfigurationSetName: { Ref: logicalId(messaging().emailConfigurationSet) },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ["send", "delivery", "bounce", "complaint", "reject"],
        SnsDestination: { TopicARN: { Ref: logicalId(messaging().deliveryEventsTopic) } },
      },
    });
  });

  it("publishes bounces and complaints to the ses-feedback topic as well", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      ConfigurationSetName: { Ref: logicalId(messaging().emailConfigurationSet) },
      EventDestination: {
        MatchingEventTypes: ["bounce", "complaint"],
        SnsDestination: { TopicARN: { Ref: logicalId(stack.messageFeedback.sesFeedbackTopic) } },
      },
    });
  });

  it("references an existing identity unless the context asks to create it", () => {
    template.resourceCountIs("AWS::SES::EmailIdentity", 0);

    const created = synthesizeRebookStack(undefined, { sesCreateIdentity: true });
    try {
      created.template.hasResourceProperties("AWS::SES::EmailIdentity", {
        EmailIdentity: "example.com",
        ConfigurationSetAttributes: {
          ConfigurationSetName: { Ref: created.logicalId(created.stack.messaging.emailConfigurationSet) },
        },
      });
    } finally {
      created.cleanUp();
    }
  });
});

describe("the SMS configuration set", () => {
  it("publishes text events to delivery-events, under the protect configuration", () => {
    template.hasResource("AWS::SMSVOICE::ConfigurationSet", {
      Properties: {
        ConfigurationSetName: "Rebook-sms",
        ProtectConfigurationId: {
          "Fn::GetAtt": [cfnId(messaging().smsProtectConfiguration), "ProtectConfigurationId"],
        },
        EventDestinations: [
          Match.objectLike({
            Enabled: true,
            MatchingEventTypes: ["TEXT_ALL"],
            SnsDestination: { TopicArn: { Ref: logicalId(messaging().deliveryEventsTopic) } },
          }),
        ],
      },
      // Created after the topic policy that lets End User Messaging publish.
      DependsOn: Match.arrayWith([Match.stringLikeRegexp("^MessagingDeliveryEventsTopicPolicy")]),
    });
  });

  it("allows only the allow-listed countries and blocks every other", () => {
    const rules = template.toJSON().Resources[cfnId(messaging().smsProtectConfiguration)].Properties
      .CountryRuleSet.SMS as { CountryCode: string; ProtectStatus: string }[];
    const allowed = rules.filter((rule) => rule.ProtectStatus === "ALLOW").map((rule) => rule.CountryCode);

    expect(allowed.sort()).toEqual(["AT", "CH", "DE", "GB", "NL", "PL"]);
    expect(rules).toHaveLength(249);
    expect(rules.filter((rule) => rule.ProtectStatus === "BLOCK")).toHaveLength(249 - allowed.length);
  });

  it("has an opt-out list", () => {
    template.resourceCountIs("AWS::SMSVOICE::OptOutList", 1);
  });

  it("lets End User Messaging publish to delivery-events for this configuration set only", () => {
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      Topics: [{ Ref: logicalId(messaging().deliveryEventsTopic) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: "sms-voice.amazonaws.com" },
            Condition: {
              StringEquals: Match.objectLike({ "aws:SourceArn": Match.anyValue() }),
            },
          }),
        ]),
      },
    });
  });
});

describe("the delivery receipts", () => {
  it("subscribe their consumer to delivery-events, with a dead-letter queue", () => {
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "lambda",
      TopicArn: { Ref: logicalId(messaging().deliveryEventsTopic) },
      Endpoint: arnOf(messaging().receiptsFunction.function),
      RedrivePolicy: { deadLetterTargetArn: arnOf(deadLetters()) },
    });
  });

  it("dead-letter events the consumer still fails after Lambda's retries", () => {
    template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
      FunctionName: { Ref: logicalId(messaging().receiptsFunction.function) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: arnOf(deadLetters()) } },
    });
  });

  it("run the delivery-receipts entry with table writes", () => {
    const roleId = logicalId(messaging().receiptsFunction.function.role!);

    expect(statementsAllowing(roleId, "dynamodb:PutItem")).not.toHaveLength(0);
    expect(
      template.toJSON().Resources[logicalId(messaging().receiptsFunction.function)].Properties.Environment
        .Variables.POWERTOOLS_SERVICE_NAME,
    ).toBe("rebook-delivery-receipts");
  });
});

describe("the admin functions that queue messages", () => {
  const queueingAreas = () =>
    (["messages", "reconnect", "appointments"] as const).filter((area) => area in stack.adminApi.functions);

  it("receive the public base URL, the token secret and the rates", () => {
    expect(queueingAreas()).not.toHaveLength(0);
    for (const area of queueingAreas()) {
      const fn = (stack.adminApi.functions as Record<string, { function: IConstruct }>)[area]!;
      const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;

      expect(variables).toMatchObject({
        PUBLIC_BASE_URL: { "Fn::GetAtt": [logicalId(stack.adminApi.httpApi), "ApiEndpoint"] },
        EMAIL_PER_MINUTE: "60",
        SMS_PER_MINUTE: "30",
      });
      expect(variables.APP_SECRET_ARN).toEqual({ Ref: logicalId(stack.appSecret.secret) });
    }
  });

  it("never put a secret's value into a function's configuration", () => {
    const functions = Object.values(template.findResources("AWS::Lambda::Function"));
    for (const fn of functions) {
      expect(JSON.stringify(fn.Properties.Environment ?? {})).not.toContain("{{resolve:secretsmanager:");
    }
  });
});
