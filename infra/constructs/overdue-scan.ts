import { Duration } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { type IScheduleGroup, type Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { Construct } from "constructs";
import { overdueScanPayload } from "../../events/overdue-scan";
import { DeadLetterQueue, recurringInvocation } from "./delivery-guarantees";
import { RebookFunction } from "./rebook-function";

export interface OverdueScanProps {
  projectRoot: string;
  table: ITableV2;
  /** The stack's group of scan schedules. */
  scheduleGroup: IScheduleGroup;
}

/** A run that has not started within this long is dropped: the next hourly run covers it. */
const runStaleAfter = Duration.hours(1);

/**
 * The hourly overdue scan: a Lambda that reads the due-time index and flags overdue clients, invoked by
 * an EventBridge Scheduler schedule. Failed deliveries (after the scheduler's retries) and failed runs
 * (after Lambda's asynchronous retries) both end in one dead-letter queue, so nothing is lost silently.
 */
export class OverdueScan extends Construct {
  readonly scanFunction: RebookFunction;
  readonly schedule: Schedule;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: OverdueScanProps) {
    super(scope, id);

    this.deadLetterQueue = new DeadLetterQueue(this);

    this.scanFunction = new RebookFunction(this, "ScanFunction", {
      projectRoot: props.projectRoot,
      entry: "functions/scheduled/overdue-scan.ts",
      serviceName: "rebook-overdue-scan",
      table: props.table,
      tableAccess: "readWrite",
      // A run that ends early leaves the rest due for the next one; five minutes covers a large backlog.
      timeout: Duration.minutes(5),
    });
    this.scanFunction.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: runStaleAfter,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    this.schedule = recurringInvocation(this, "Hourly", {
      description: "Flags clients who fell out of their booking rhythm",
      schedule: ScheduleExpression.rate(Duration.hours(1)),
      scheduleGroup: props.scheduleGroup,
      target: this.scanFunction.function,
      payload: overdueScanPayload,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 3,
      maxEventAge: runStaleAfter,
    });
  }
}
