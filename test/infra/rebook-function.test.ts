import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { afterAll, describe, expect, it } from "vitest";
import { DataTable } from "../../infra/constructs/data-table";
import { RebookFunction, type TableAccess } from "../../infra/constructs/rebook-function";

process.env.CDK_VALIDATION = "false";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
// Bundling is skipped, so any existing TypeScript file serves as the entry.
const entry = relative(projectRoot, fileURLToPath(import.meta.url));
const writeActions = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
];
const outdirs: string[] = [];

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

function dynamoDbActionsGranted(tableAccess: TableAccess): string[] {
  const outdir = mkdtempSync(join(tmpdir(), "cdk.out-rebook-function-"));
  outdirs.push(outdir);
  const stack = new Stack(
    new App({ outdir, context: { "aws:cdk:bundling-stacks": [] } }),
    "FunctionUnderTest",
  );
  const { table } = new DataTable(stack, "Data");
  new RebookFunction(stack, "Function", {
    projectRoot,
    entry,
    serviceName: "rebook-test",
    table,
    tableAccess,
  });

  const policies = Template.fromStack(stack).findResources("AWS::IAM::Policy");
  return Object.values(policies)
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .flatMap((statement) => [statement.Action].flat())
    .filter((action: string) => action.startsWith("dynamodb:"));
}

describe("a function's table access", () => {
  it("in read mode grants reads and no write action", () => {
    const actions = dynamoDbActionsGranted("read");

    expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
    for (const writeAction of writeActions) expect(actions).not.toContain(writeAction);
  });

  it("in readWrite mode grants reads and writes", () => {
    const actions = dynamoDbActionsGranted("readWrite");

    expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query", ...writeActions]));
  });
});
