import { Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;

beforeAll(() => {
  synthesized = synthesizeRebookStack();
  ({ stack } = synthesized);
});

afterAll(() => synthesized.cleanUp());

/** Every acknowledgment in the stack: the rule (and finding) it silences and its reason. */
function acknowledgments(): { id: string; reason: string; path: string }[] {
  return stack.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id: id.replace(/^annotation::/i, ""),
          reason,
          path: construct.node.path,
        })),
      ),
  );
}

describe("cdk-nag's AwsSolutions checks", () => {
  it("find nothing that is not acknowledged", () => {
    // The same checks `cdk synth` runs as a validation plugin (infra/app.ts), on the synthesized stack.
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack);
    const findings = report.violations.flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.ruleName} at ${resource.constructPath}: ${violation.description}`,
      ),
    );

    expect(findings).toEqual([]);
  });

  it("are acknowledged for these deliberate choices only: the rest are fixed", () => {
    const rules = [...new Set(acknowledgments().map(({ id }) => id.replace(/\[.*\]$/, "")))].sort();

    // Fixed instead: APIG1 (access log), COG1 (password policy), COG2 (MFA), IAM4 (managed policies),
    // L1 (runtime), SNS3 and SQS4 (TLS only).
    expect(rules).toEqual([
      "AwsSolutions-APIG4", // the public unsubscribe routes
      "AwsSolutions-CFR1", // the widget's and the console's distributions: no geo restriction,
      "AwsSolutions-CFR2", // no WAF,
      "AwsSolutions-CFR3", // the widget's: no access logs,
      "AwsSolutions-CFR4", // the default certificate
      "AwsSolutions-COG8", // Essentials plan, with TOTP required
      "AwsSolutions-IAM5", // index, function-qualifier, SMS sender-ID and photo-prefix ARNs; the deployments' grants
      "AwsSolutions-L1", // CDK's BucketDeployment functions (Python)
      "AwsSolutions-S1", // the widget bucket, read only by CloudFront; the photo and console access-log buckets
      "AwsSolutions-SMG4", // the application secret, whose rotation breaks sent links
      "AwsSolutions-SQS3", // dead-letter queues need no dead-letter queue
    ]);
  });

  it("acknowledge wildcard permissions only on index, function-qualifier, SMS sender and photo-prefix ARNs, and the deployments' grants", () => {
    const wildcards = acknowledgments().filter(({ id }) => id.startsWith("AwsSolutions-IAM5"));
    const deployments = wildcards.filter(({ path }) =>
      ["Rebook/Widget/DeploymentRole", "Rebook/Console/DeploymentRole"].includes(path),
    );

    expect(wildcards.length).toBeGreaterThan(deployments.length);
    for (const { id } of wildcards.filter((wildcard) => !deployments.includes(wildcard))) {
      expect(id).toMatch(
        /^AwsSolutions-IAM5\[Resource::(<\w+\.Arn>(\/index\/\*|:\*)|arn:.*:sender-id\/[^/]+\/\*|arn:.*:s3:::rebook-photos-.*\/(uploads|photos)\/\*)\]$/,
      );
    }
    for (const { id } of deployments) {
      expect(id).toMatch(
        /^AwsSolutions-IAM5\[(Action::s3:(GetBucket|GetObject|List|Abort|DeleteObject)\*|Resource::(<(WidgetBucket|ConsoleSite)\w+\.Arn>\/\*|arn:<AWS::Partition>:s3:::cdk-\w+-assets-<AWS::AccountId>-<AWS::Region>\/\*|\*))\]$/,
      );
    }
  });

  it("are acknowledged with a reason of at least a sentence each", () => {
    for (const { id, reason, path } of acknowledgments()) {
      expect(reason, `${id} at ${path}`).toMatch(/^\S.{60,}[.)]$/s);
    }
  });
});
