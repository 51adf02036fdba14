import { Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpNoneAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
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

/** The public unsubscribe Lambda behind `GET|POST /u/{token}`; the signed token in the path authorises. */
export class Unsubscribe extends Construct {
  readonly unsubscribeFunction: RebookFunction;

  constructor(scope: Construct, id: string, props: UnsubscribeProps) {
    super(scope, id);

    this.unsubscribeFunction = new RebookFunction(this, "Function", {
      projectRoot: props.projectRoot,
      entry: "functions/http/unsubscribe.ts",
      serviceName: "rebook-unsubscribe",
      table: props.table,
      tableAccess: "readWrite",
    });

    const integration = new HttpLambdaIntegration("Integration", this.unsubscribeFunction.function, {
      scopePermissionToRoute: false,
    });
    for (const routeKey of publicRoutes.unsubscribe) {
      const { method, path } = parseRouteKey(routeKey);
      const routes = props.httpApi.addRoutes({
        path,
        methods: [method],
        integration,
        authorizer: new HttpNoneAuthorizer(),
      });
      for (const route of routes) {
        Validations.of(route).acknowledge({
          id: "AwsSolutions-APIG4",
          reason:
            "Public by design: a recipient unsubscribes from a link in a message, without an account. The " +
            "HMAC-signed token in the path authorises exactly the one subscription it names, and the route " +
            "has the tighter public throttling limit.",
        });
      }
    }
  }
}
