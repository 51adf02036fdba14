import { ArnFormat, CfnResource, Duration, Stack } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Construct, type IConstruct } from "constructs";
import { DeadLetterQueue } from "./delivery-guarantees";

export interface OperationsProps {
  /** Everything under it is watched: every Lambda function and every dead-letter queue. */
  watched: IConstruct;
  /** Subscribed to the alarm topic by email, if given; AWS mails a confirmation link first. */
  alarmEmail?: string;
  /** Alarms on application metrics, raised at one occurrence in five minutes like the others. */
  metricAlarms?: Array<{ label: string; metric: Metric; description: string }>;
}

/** What an alarm watches, and its path below the watched scope, which names the alarm. */
interface Watched<T extends IConstruct> {
  resource: T;
  label: string;
}

/**
 * The operational alarms and the one SNS topic they notify (on alarm and on recovery): a Lambda function
 * that failed at least once in five minutes, and a dead-letter queue that holds a message. It finds both by
 * walking the watched scope, so functions and queues added later get their alarms without being listed;
 * the stack composes it last, and synthesis fails if anything it would watch was added after it.
 */
export class Operations extends Construct {
  readonly alarmTopic: Topic;
  readonly errorAlarms: Alarm[];
  readonly deadLetterAlarms: Alarm[];
  readonly metricAlarms: Alarm[];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.alarmTopic = new Topic(this, "AlarmTopic", {
      topicName: `${stack.stackName}-alarms`,
      displayName: "Rebook alarms",
      enforceSSL: true,
    });
    // The topic's own policy replaces SNS's default one, so CloudWatch needs its grant: this account's alarms.
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        actions: ["sns:Publish"],
        resources: [this.alarmTopic.topicArn],
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        conditions: {
          StringEquals: { "aws:SourceAccount": stack.account },
          ArnLike: {
            "aws:SourceArn": stack.formatArn({
              service: "cloudwatch",
              resource: "alarm",
              resourceName: "*",
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    const alarmed = new Set<IConstruct>();
    this.errorAlarms = lambdaFunctionsIn(props.watched).map(({ resource, label }) => {
      alarmed.add(resource);
      return this.alarm(`${label}-Errors`, {
        metric: new Metric({
          namespace: "AWS/Lambda",
          metricName: "Errors",
          dimensionsMap: { FunctionName: resource.ref },
          statistic: "Sum",
          period: Duration.minutes(5),
        }),
        description: `Lambda ${label} failed at least once in 5 minutes: see its log group.`,
      });
    });
    this.deadLetterAlarms = deadLetterQueuesIn(props.watched).map(({ resource, label }) => {
      alarmed.add(resource);
      return this.alarm(`${label}-Messages`, {
        metric: resource.metricApproximateNumberOfMessagesVisible({
          statistic: "Maximum",
          period: Duration.minutes(5),
        }),
        description: `Dead-letter queue ${label} holds failed deliveries or runs: inspect and redrive them.`,
      });
    });

    this.metricAlarms = (props.metricAlarms ?? []).map(({ label, metric, description }) =>
      this.alarm(label, {
        metric,
        description: `Metric ${metric.namespace}/${metric.metricName}: ${description}`,
      }),
    );

    this.node.addValidation({
      validate: () =>
        [...lambdaFunctionsIn(props.watched), ...deadLetterQueuesIn(props.watched)]
          .filter(({ resource }) => !alarmed.has(resource))
          .map(({ label }) => `${label} has no alarm: compose it before Operations`),
    });
  }

  private alarm(label: string, props: { metric: Metric; description: string }): Alarm {
    const alarm = new Alarm(this, label.replaceAll("/", "-"), {
      metric: props.metric,
      alarmDescription: props.description,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      // No invocations, or an idle queue, report no data: that is health, not failure.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const notify = new SnsAction(this.alarmTopic);
    alarm.addAlarmAction(notify);
    alarm.addOkAction(notify);
    return alarm;
  }
}

/** A resource's path below the watched scope, without the trailing `/Resource` of an L2's L1. */
const labelOf = (resource: IConstruct, watched: IConstruct): string =>
  resource.node.path.slice(watched.node.path.length + 1).replace(/\/Resource$/, "");

/** Every Lambda function in the template, built by any construct (ours, CDK's custom resources, others). */
const lambdaFunctionsIn = (watched: IConstruct): Watched<CfnResource>[] =>
  watched.node
    .findAll()
    .filter(
      (construct): construct is CfnResource =>
        CfnResource.isCfnResource(construct) && construct.cfnResourceType === "AWS::Lambda::Function",
    )
    .map((resource) => ({ resource, label: labelOf(resource, watched) }));

/** Every DeadLetterQueue, and every queue another queue redrives to. */
const deadLetterQueuesIn = (watched: IConstruct): Watched<Queue>[] => {
  const queues = watched.node.findAll().filter((construct): construct is Queue => construct instanceof Queue);
  const redriveTargets = new Set(queues.map((queue) => queue.deadLetterQueue?.queue));
  return queues
    .filter((queue) => queue instanceof DeadLetterQueue || redriveTargets.has(queue))
    .map((resource) => ({ resource, label: labelOf(resource, watched) }));
};
