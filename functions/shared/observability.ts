import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import middy, { type MiddyfiedHandler } from "@middy/core";
import type { Context } from "aws-lambda";

/** The Lambda's logger; its service name is POWERTOOLS_SERVICE_NAME, which the CDK construct sets per function. */
export const logger = new Logger();

/**
 * The Lambda's metrics, as CloudWatch embedded metric format (EMF) on stdout. Its own warnings go to the
 * log at ERROR level only: it warns of every flush without a metric, and most invocations emit none.
 */
export const metrics = new Metrics({
  namespace: "Rebook",
  logger: logger.createChild({ logLevel: "ERROR" }),
});

/** The dimension every outcome count is split by. */
export const OUTCOME = "outcome";

/** Counts one outcome of this invocation; `logMetrics` flushes it when the invocation ends. */
export const countOutcome = (metric: string, outcome: string): void => {
  metrics.addDimension(OUTCOME, outcome);
  metrics.addMetric(metric, MetricUnit.Count, 1);
};

/**
 * Counts a run's outcomes, each as a record of its own, published at once: an EMF record carries one
 * value per dimension, so outcomes counted together cannot share one.
 */
export const countOutcomes = (metric: string, counts: Record<string, number>): void => {
  for (const [outcome, count] of Object.entries(counts)) {
    metrics.singleMetric().addDimension(OUTCOME, outcome).addMetric(metric, MetricUnit.Count, count);
  }
};

export type LambdaHandler<E, R> = (event: E, context?: Context) => Promise<R>;

/**
 * A Lambda handler whose every log line carries the invocation's request id and cold start, and whose
 * metrics are flushed when it ends, however it ends.
 */
export const observed = <E, R>(handler: (event: E) => Promise<R>) =>
  middy<E, R>(handler).use(injectLambdaContext(logger)).use(logMetrics(metrics)) as MiddyfiedHandler<E, R> &
    LambdaHandler<E, R>;
