import { Duration } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import type { AdminAuth } from "./admin-auth";
import { RebookFunction } from "./rebook-function";

export interface OnboardingProps {
  projectRoot: string;
  table: ITableV2;
  auth: AdminAuth;
}

/**
 * The platform operator's way to open a studio with its owner account: a function invoked directly
 * (`aws lambda invoke`), so IAM decides who may, and no route of the public API can.
 */
export class Onboarding extends Construct {
  readonly createStudio: RebookFunction;

  constructor(scope: Construct, id: string, props: OnboardingProps) {
    super(scope, id);
    this.createStudio = new RebookFunction(this, "CreateStudio", {
      projectRoot: props.projectRoot,
      entry: "functions/operations/create-studio.ts",
      serviceName: "rebook-create-studio",
      table: props.table,
      tableAccess: "readWrite",
      timeout: Duration.seconds(30),
    });
    props.auth.grantAccountManagement(this.createStudio);
  }
}
