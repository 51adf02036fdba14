import { Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { Topic } from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { SES_FEEDBACK_TOPIC } from "../../events/ses-feedback";
import { SMS_INBOUND_TOPIC } from "../../events/sms-inbound";
import { DeadLetterQueue } from "./delivery-guarantees";
import { RebookFunction } from "./rebook-function";

export interface MessageFeedbackProps {
  projectRoot: string;
  table: ITableV2;
}

interface FeedbackChannel {
  topicName: string;
  /** The service that publishes to the topic. */
  publisher: string;
  entry: string;
  serviceName: string;
}

/**
 * What comes back from the recipients: SES bounce and complaint events, and SMS replies (STOP). Each
 * arrives on its own SNS topic and is consumed by its own Lambda. Messages SNS cannot deliver and events
 * the Lambda still fails after its retries both end in one dead-letter queue, so nothing is lost silently.
 */
export class MessageFeedback extends Construct {
  readonly sesFeedbackTopic: Topic;
  readonly smsInboundTopic: Topic;
  readonly sesFeedbackFunction: RebookFunction;
  readonly smsInboundFunction: RebookFunction;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: MessageFeedbackProps) {
    super(scope, id);

    this.deadLetterQueue = new DeadLetterQueue(this);

    [this.sesFeedbackTopic, this.sesFeedbackFunction] = this.addChannel("SesFeedback", props, {
      topicName: SES_FEEDBACK_TOPIC,
      publisher: "ses.amazonaws.com",
      entry: "functions/events/ses-feedback.ts",
      serviceName: "rebook-ses-feedback",
    });
    [this.smsInboundTopic, this.smsInboundFunction] = this.addChannel("SmsInbound", props, {
      topicName: SMS_INBOUND_TOPIC,
      publisher: "sms-voice.amazonaws.com",
      entry: "functions/events/sms-inbound.ts",
      serviceName: "rebook-sms-inbound",
    });
  }

  private addChannel(
    id: string,
    props: MessageFeedbackProps,
    channel: FeedbackChannel,
  ): [Topic, RebookFunction] {
    const stack = Stack.of(this);
    const topic = new Topic(this, `${id}Topic`, {
      topicName: `${stack.stackName}-${channel.topicName}`,
      enforceSSL: true,
    });
    topic.grantPublish(
      new ServicePrincipal(channel.publisher, {
        conditions: { StringEquals: { "aws:SourceAccount": stack.account } },
      }),
    );
    const consumer = new RebookFunction(this, `${id}Function`, {
      projectRoot: props.projectRoot,
      entry: channel.entry,
      serviceName: channel.serviceName,
      table: props.table,
      tableAccess: "readWrite",
    });
    consumer.function.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    topic.addSubscription(
      new LambdaSubscription(consumer.function, { deadLetterQueue: this.deadLetterQueue }),
    );
    return [topic, consumer];
  }
}
