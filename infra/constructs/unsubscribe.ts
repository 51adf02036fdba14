import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpNoneAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { publicRoutes } from "../../functions/http/public/public-routes";
import { parseRouteKey } from "./admin-api";
import { RebookFunction } from "./rebook-function";

export interface UnsubscribeProps {
  projectRoot: string;
  table: ITableV2;
  /** The API the unsubscribe routes join, each without its authorizer: the signed token authorises. */
  httpApi: HttpApi;
}

/**
 * The token-signing secret and the public unsubscribe Lambda behind `GET|POST /u/{token}`. The secret's
 * value reaches functions as the environment variable UNSUBSCRIBE_SECRET through a CloudFormation dynamic
 * reference: resolved at deploy time, so it is readable by whoever may read the function's configuration.
 * Rotating it means a redeploy, and invalidates the links in messages already sent.
 */
export class Unsubscribe extends Construct {
  readonly secret: Secret;
  readonly unsubscribeFunction: RebookFunction;

  constructor(scope: Construct, id: string, props: UnsubscribeProps) {
    super(scope, id);

    this.secret = new Secret(this, "TokenSecret", {
      description: "Signs the unsubscribe links of Rebook's messages",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    this.unsubscribeFunction = new RebookFunction(this, "Function", {
      projectRoot: props.projectRoot,
      entry: "functions/http/unsubscribe.ts",
      serviceName: "rebook-unsubscribe",
      table: props.table,
      tableAccess: "readWrite",
      environment: this.secretEnvironment(),
    });

    const integration = new HttpLambdaIntegration("Integration", this.unsubscribeFunction.function, {
      scopePermissionToRoute: false,
    });
    for (const routeKey of publicRoutes.unsubscribe) {
      const { method, path } = parseRouteKey(routeKey);
      props.httpApi.addRoutes({ path, methods: [method], integration, authorizer: new HttpNoneAuthorizer() });
    }
  }

  /** The environment a function needs to sign or verify unsubscribe tokens. */
  secretEnvironment(): Record<string, string> {
    return { UNSUBSCRIBE_SECRET: this.secret.secretValue.unsafeUnwrap() };
  }
}
