import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { RebookError } from "../../../domain/errors";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { toApiGatewayEvent } from "../../../functions/local/api-gateway-event";

interface EmfRecord {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

/** The JSON lines written to stdout while `act` runs: log lines, and EMF records that become metrics. */
const stdoutOf = async (act: () => Promise<unknown>) => {
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    write.mockRestore();
  }
  const json = lines
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    records: json.filter((line) => "_aws" in line) as EmfRecord[],
    logLines: json.filter((line) => !("_aws" in line)),
  };
};

/** Metric name → outcome → summed count, over the records. */
const countsOf = (records: EmfRecord[]) => {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of records) {
    for (const directive of record._aws.CloudWatchMetrics) {
      expect(directive.Namespace).toBe("Rebook");
      expect(directive.Dimensions.flat()).toContain("outcome");
      for (const { Name } of directive.Metrics) {
        const values = [record[Name]].flat() as number[];
        const outcome = String(record.outcome);
        counts[Name] ??= {};
        counts[Name][outcome] = (counts[Name][outcome] ?? 0) + values.reduce((sum, value) => sum + value, 0);
      }
    }
  }
  return counts;
};

describe("logs and metrics (EMF) of a handler", () => {
  // vitest.config.ts silences logs and metrics for every other test; these modules read both when loaded.
  let observability: typeof import("../../../functions/shared/observability");
  let http: typeof import("../../../functions/shared/http/http-api");
  let routes: typeof import("../../../functions/shared/http/route");

  beforeAll(async () => {
    vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "false");
    vi.stubEnv("POWERTOOLS_SERVICE_NAME", "rebook-test");
    vi.stubEnv("POWERTOOLS_LOG_LEVEL", "INFO");
    vi.stubEnv("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"); // as Lambda sets it
    observability = await import("../../../functions/shared/observability");
    http = await import("../../../functions/shared/http/http-api");
    routes = await import("../../../functions/shared/http/route");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("count a route's requests by outcome, flushed when each request ends, and log with the request id", async () => {
    // Route keys the permission table knows, with routes of the test's own.
    const handler = http.httpApi(
      {
        "POST /appointments": routes.route({
          summary: "a route that names a metric",
          response: z.object({ booked: z.boolean() }),
          body: z.object({ taken: z.boolean() }),
          metric: "Booking",
          handle:
            () =>
            async ({ body }) => {
              if (body.taken) throw new RebookError("APPOINTMENT.SLOT_TAKEN", "taken");
              return { booked: true };
            },
        }),
        "GET /studio": routes.route({
          summary: "a route without a metric",
          response: z.object({}),
          handle: () => async () => ({}),
        }),
      },
      {} as Dependencies,
    );
    let invocation = 0;
    const call = (routeKey: string, body?: unknown) =>
      (handler as (event: unknown, context: Context) => Promise<unknown>)(
        toApiGatewayEvent({
          method: routeKey.split(" ")[0]!,
          rawPath: routeKey.split(" ")[1]!,
          routeKey,
          pathParameters: {},
          query: new URLSearchParams(),
          body: body === undefined ? undefined : JSON.stringify(body),
          headers: {},
          claims: { "custom:studio_id": "studio-a", "custom:role": "owner" },
        }),
        { awsRequestId: `request-${++invocation}`, functionName: "rebook-test-function" } as Context,
      );

    const { records, logLines } = await stdoutOf(async () => {
      await call("POST /appointments", { taken: true });
      await call("POST /appointments", { taken: false });
      await call("POST /appointments", { taken: false });
      await call("POST /appointments", { taken: "no" });
      await call("GET /studio");
    });

    expect(countsOf(records)).toEqual({
      Booking: { success: 2, "APPOINTMENT.SLOT_TAKEN": 1, "VALIDATION.FAILED": 1 },
    });
    expect(records).toHaveLength(4);
    expect(records.every((record) => record.service === "rebook-test")).toBe(true);
    expect(logLines.filter((line) => line.message === "request refused")).toEqual([
      expect.objectContaining({ function_request_id: "request-1", cold_start: true, service: "rebook-test" }),
      expect.objectContaining({
        function_request_id: "request-4",
        cold_start: false,
        service: "rebook-test",
      }),
    ]);
  });

  it("count a run's outcomes, one record per outcome", async () => {
    const { records } = await stdoutOf(async () =>
      observability.countOutcomes("MessageSend", { sent: 5, failed: 1, retried: 0 }),
    );

    expect(countsOf(records)).toEqual({ MessageSend: { sent: 5, failed: 1, retried: 0 } });
    expect(records).toHaveLength(3);
  });
});
