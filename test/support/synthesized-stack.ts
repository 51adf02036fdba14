import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, type CfnElement } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { readMessagingContext } from "../../infra/messaging-context";
import { readAlarmEmail } from "../../infra/operations-context";
import { RebookStack } from "../../infra/stacks/rebook-stack";

export type PolicyStatement = { Action: string | string[]; Resource: unknown };

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The Rebook stack synthesized in-process with cdk.json's context, without bundling and without
 * aws-cdk-lib's slow template validation, into a temporary folder that `cleanUp` removes.
 */
export const synthesizeRebookStack = (
  consoleOrigins: string[] = ["https://console.example.com"],
  /** Context over cdk.json's, e.g. `{ sesCreateIdentity: true }` or `{ alarmEmail: "ops@example.com" }`. */
  contextOverrides: Record<string, unknown> = {},
) => {
  process.env.CDK_VALIDATION = "false";
  const outdir = mkdtempSync(join(tmpdir(), "cdk.out-"));
  const { context } = JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8"));
  const app = new App({
    outdir,
    context: { ...context, ...contextOverrides, "aws:cdk:bundling-stacks": [] },
  });
  const stack = new RebookStack(app, "Rebook", {
    projectRoot,
    consoleOrigins,
    messaging: readMessagingContext(app.node),
    alarmEmail: readAlarmEmail(app.node),
  });
  const template = Template.fromStack(stack);
  const logicalId = (construct: IConstruct): string =>
    stack.getLogicalId(construct.node.defaultChild as CfnElement);
  const arnOf = (construct: IConstruct) => ({ "Fn::GetAtt": [logicalId(construct), "Arn"] });
  return {
    stack,
    template,
    logicalId,
    arnOf,
    /** Every statement of the IAM policies attached to a role. */
    statementsOf: (roleId: string): PolicyStatement[] =>
      Object.values(
        template.findResources("AWS::IAM::Policy", {
          Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
        }),
      ).flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[]),
    /** All schedules that invoke a function. */
    schedulesTargeting: (target: IConstruct) =>
      Object.values(
        template.findResources("AWS::Scheduler::Schedule", {
          Properties: { Target: { Arn: arnOf(target) } },
        }),
      ),
    cleanUp: () => rmSync(outdir, { recursive: true, force: true }),
  };
};
