import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { HttpMethod, HttpNoneAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { afterAll, describe, expect, it } from "vitest";
import { AdminApi, publicRouteThrottle } from "../../infra/constructs/admin-api";
import { AdminAuth } from "../../infra/constructs/admin-auth";
import { DataTable } from "../../infra/constructs/data-table";

process.env.CDK_VALIDATION = "false";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const outdirs: string[] = [];

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

/** The admin API alone, without bundling; public routes join it as the stack's constructs add them. */
function adminApiStack() {
  const outdir = mkdtempSync(join(tmpdir(), "cdk.out-admin-api-"));
  outdirs.push(outdir);
  const stack = new Stack(new App({ outdir, context: { "aws:cdk:bundling-stacks": [] } }), "ApiUnderTest");
  const { table } = new DataTable(stack, "Data");
  const { authorizer } = new AdminAuth(stack, "Auth", { consoleUrls: ["https://console.example.com"] });
  const adminApi = new AdminApi(stack, "AdminApi", {
    projectRoot,
    table,
    authorizer,
    consoleOrigins: ["https://console.example.com"],
  });
  const integration = new HttpLambdaIntegration("Public", adminApi.functions.catalog.function);
  const addPublicRoute = (path: string) =>
    adminApi.httpApi.addRoutes({
      path,
      methods: [HttpMethod.GET],
      integration,
      authorizer: new HttpNoneAuthorizer(),
    });
  return { stack, adminApi, addPublicRoute };
}

describe("public routes added to the admin API by other constructs", () => {
  it("get the public limit, whatever their path", () => {
    const { stack, adminApi, addPublicRoute } = adminApiStack();
    addPublicRoute("/public/{handle}/availability");

    adminApi.limitPublicRoutes();

    Template.fromStack(stack).hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      RouteSettings: {
        "GET /public/{handle}/availability": {
          ThrottlingRateLimit: publicRouteThrottle.rateLimit,
          ThrottlingBurstLimit: publicRouteThrottle.burstLimit,
        },
      },
    });
  });

  it("fail synthesis when added after the limits were set", () => {
    const { adminApi, addPublicRoute } = adminApiStack();
    addPublicRoute("/public/{handle}/profile");
    adminApi.limitPublicRoutes();
    expect(adminApi.node.validate()).toEqual([]);

    addPublicRoute("/public/{handle}");

    expect(adminApi.node.validate()).toEqual([expect.stringContaining("GET /public/{handle}")]);
  });
});
