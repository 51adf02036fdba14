import type { Duration } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import type { IScheduleGroup, Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { Construct } from "constructs";
import { DeadLetterQueue, recurringInvocation } from "./delivery-guarantees";
import { RebookFunction } from "./rebook-function";

export interface ScheduledFunctionProps {
  projectRoot: string;
  table: ITableV2;
  /** The stack's group of scan schedules. */
  scheduleGroup: IScheduleGroup;
  /** Handler file under the project root, e.g. `functions/scheduled/overdue-scan.ts`. */
  entry: string;
  serviceName: string;
  description: string;
  schedule: ScheduleExpression;
  /** The constant payload of `events/`, which the handler checks. */
  payload: object;
  /** A run that ends early leaves the rest for the next one. */
  timeout: Duration;
  /** A run that has not started within this long is dropped: the next run covers it. */
  staleAfter: Duration;
}

/**
 * A Lambda that EventBridge Scheduler runs on a schedule (the overdue scan, the birthday greetings). Failed
 * deliveries (after the scheduler's retries) and failed runs (after Lambda's asynchronous retries) both end
 * in one dead-letter queue, so nothing is lost silently.
 */
export class ScheduledFunction extends Construct {
  readonly function: RebookFunction;
  readonly schedule: Schedule;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: ScheduledFunctionProps) {
    super(scope, id);

    this.deadLetterQueue = new DeadLetterQueue(this);

    this.function = new RebookFunction(this, "Function", {
      projectRoot: props.projectRoot,
      entry: props.entry,
      serviceName: props.serviceName,
      table: props.table,
      tableAccess: "readWrite",
      timeout: props.timeout,
    });
    this.function.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: props.staleAfter,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    this.schedule = recurringInvocation(this, "Schedule", {
      description: props.description,
      schedule: props.schedule,
      scheduleGroup: props.scheduleGroup,
      target: this.function.function,
      payload: props.payload,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 3,
      maxEventAge: props.staleAfter,
    });
  }
}
