import { Duration, Stack, Validations } from "aws-cdk-lib";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import {
  type IScheduleGroup,
  Schedule,
  type ScheduleExpression,
  ScheduleTargetInput,
} from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { wildcardResourceFinding } from "./nag-findings";

/**
 * Where failed deliveries and runs end, kept 14 days, encrypted, reachable over TLS only. Every queue of
 * this class is alarmed on by Operations: a message here is a failure someone must look at.
 */
export class DeadLetterQueue extends Queue {
  constructor(scope: Construct, id = "DeadLetters") {
    super(scope, id, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(this).acknowledge({
      id: "AwsSolutions-SQS3",
      reason:
        "This queue is the dead-letter queue of schedules, asynchronous invocations and SNS subscriptions " +
        "(SQS3 only recognises queues named in another queue's redrive policy). A queue behind it would only " +
        "move the failures; Operations alarms on this one instead.",
    });
  }
}

export interface RecurringInvocationProps {
  description: string;
  schedule: ScheduleExpression;
  scheduleGroup: IScheduleGroup;
  target: IFunction;
  payload: object;
  deadLetterQueue: DeadLetterQueue;
  retryAttempts: number;
  /** A run that has not started within this long is dropped: the next one covers it. */
  maxEventAge: Duration;
}

/** An EventBridge Scheduler schedule invoking a Lambda with a payload, retried and dead-lettered. */
export const recurringInvocation = (
  scope: Construct,
  id: string,
  props: RecurringInvocationProps,
): Schedule => {
  const schedule = new Schedule(scope, id, {
    description: props.description,
    schedule: props.schedule,
    scheduleGroup: props.scheduleGroup,
    target: new LambdaInvoke(props.target, {
      input: ScheduleTargetInput.fromObject(props.payload),
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
    }),
  });
  // The group is referenced by its literal name, which carries no dependency: create it first.
  schedule.node.addDependency(props.scheduleGroup);
  // The target's role is a stack-level singleton of aws-scheduler-targets, hence the stack's acknowledgment;
  // its id names this function alone.
  Validations.of(Stack.of(scope)).acknowledge({
    id: wildcardResourceFinding(scope, `${props.target.functionArn}:*`),
    reason:
      "The scheduler's role may invoke the function through Function.grantInvoke, which also names its " +
      "versions and aliases (`<function ARN>:*`): the wildcard spans only qualifiers of this one function.",
  });
  return schedule;
};
