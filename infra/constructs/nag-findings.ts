import { Stack } from "aws-cdk-lib";
// cdk-nag's own rendering of a CloudFormation reference, so a finding id matches the one it reports.
import { flattenCfnReference } from "cdk-nag/lib/utils/flatten-cfn-reference";
import type { IConstruct } from "constructs";

/**
 * The id cdk-nag gives a wildcard resource in an IAM policy, for `Validations.of(…).acknowledge`: e.g.
 * `AwsSolutions-IAM5[Resource::<DataTable1234.Arn>/index/*]` for `${table.tableArn}/index/*`.
 */
export const wildcardResourceFinding = (scope: IConstruct, resource: string): string =>
  `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`;
