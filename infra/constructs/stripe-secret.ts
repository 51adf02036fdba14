import { SecretValue, Validations } from "aws-cdk-lib";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { RebookFunction } from "./rebook-function";

/**
 * Stripe's keys for deposits: JSON `{ "apiKey": "sk_…", "webhookSecret": "whsec_…" }`. The stack creates it
 * with both empty, for the operator to fill once the platform's Stripe account and its webhook endpoint
 * exist (docs/deposits-and-waitlist.md); until then deposits are refused and everything else works.
 * Functions receive only its ARN and read the value at runtime (Powertools Parameters).
 */
export class StripeSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, "Secret", {
      description: 'Rebook deposits: Stripe\'s keys as { "apiKey": "sk_…", "webhookSecret": "whsec_…" }',
      secretObjectValue: {
        apiKey: SecretValue.unsafePlainText(""),
        webhookSecret: SecretValue.unsafePlainText(""),
      },
    });
    Validations.of(this.secret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Stripe issues both keys: they are rolled in Stripe's dashboard (which keeps the old key valid for a " +
        "while) and put here by the operator; Secrets Manager cannot rotate them.",
    });
  }

  /** Lets a function that takes or refunds deposits read the keys: the ARN in STRIPE_SECRET_ARN and read access. */
  grantTo(rebookFunction: RebookFunction): void {
    rebookFunction.function.addEnvironment("STRIPE_SECRET_ARN", this.secret.secretArn);
    this.secret.grantRead(rebookFunction.function);
  }
}
