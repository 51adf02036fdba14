import { Validations } from "aws-cdk-lib";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { RebookFunction } from "./rebook-function";

/**
 * Rebook's one secret, from which every function derives its keys (unsubscribe links, paging cursors,
 * address hashes). Functions receive only its ARN and read the value at runtime (Powertools Parameters),
 * so the value never appears in a function's configuration. Rotating it invalidates the links in
 * messages already sent and the cursors in flight.
 */
export class AppSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, "Secret", {
      description: "Rebook's application secret: signs links and seals cursors",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.secret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotating the secret would break the unsubscribe link of every message already sent, which must keep " +
        "working (RFC 8058), and the paging cursors in flight. It only derives keys; if it leaks, it is " +
        "replaced by hand.",
    });
  }

  /** Lets the function read the secret at runtime: its ARN in APP_SECRET_ARN and read access to it. */
  grantTo(rebookFunction: RebookFunction): void {
    rebookFunction.function.addEnvironment("APP_SECRET_ARN", this.secret.secretArn);
    this.secret.grantRead(rebookFunction.function);
  }
}
