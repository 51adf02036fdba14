import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { SingletonFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Asset } from "aws-cdk-lib/aws-s3-assets";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { consoleContentSecurityPolicy } from "../../web/console/content-security-policy";
import { wildcardResourceFinding } from "./nag-findings";

export interface ConsoleHostingProps {
  /** Repository root: web/console/ is built from it at synthesis. */
  projectRoot: string;
}

/** What the console reads from its config.json: the same shape the local server writes. */
export interface ConsoleDeploymentConfig {
  apiUrl: string;
  /** The user pool domain's hosted UI. */
  signInUrl: string;
  clientId: string;
}

/**
 * The staff console in the cloud: a private bucket that only CloudFront reads (origin access control),
 * a distribution with security headers, and the build published by CDK with a config.json written from
 * the stack's values, so one build runs against the deployed API and user pool.
 */
export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<id>.cloudfront.net`: the console's origin, its sign-in callback and CORS origin. */
  readonly url: string;
  private readonly projectRoot: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    this.projectRoot = props.projectRoot;
    const region = Stack.of(this).region;

    const logs = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are written with an ACL.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(logs).acknowledge({
      id: "AwsSolutions-S1",
      reason: "The bucket receives the console's access logs; logging its own access would log into itself.",
    });

    this.bucket = new Bucket(this, "Site", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: "s3/",
    });

    // The API and the hosted UI by their AWS domains: naming their tokens here would make the distribution
    // depend on the API, whose CORS policy depends on the distribution.
    const headers = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: consoleContentSecurityPolicy([
            `https://*.execute-api.${region}.amazonaws.com`,
            `https://*.auth.${region}.amazoncognito.com`,
          ]),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: "Rebook staff console",
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: "cloudfront/",
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: "AwsSolutions-CFR1",
        reason:
          "Staff sign in from wherever they work; the user pool (password and TOTP) guards the data, not geography.",
      },
      {
        id: "AwsSolutions-CFR2",
        reason:
          "The distribution serves a static build only; the API it calls is throttled per route and every call needs a staff token.",
      },
      {
        id: "AwsSolutions-CFR4",
        reason:
          "The default cloudfront.net certificate allows TLS 1.0 viewers; a custom domain with its ACM certificate (TLS 1.2) is the operator's to add.",
      },
    );
    this.url = `https://${this.distribution.distributionDomainName}`;
  }

  /**
   * Builds the console (vite, locally, no Docker) and publishes it with its config.json; the distribution's
   * cache is invalidated, and everything is revalidated by browsers (hashed assets answer 304).
   */
  publish(config: ConsoleDeploymentConfig): BucketDeployment {
    const projectRoot = this.projectRoot;
    const build = Source.asset(join(projectRoot, "web/console"), {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Required by the type, never pulled: the local build either succeeds or fails the synthesis.
        image: DockerImage.fromRegistry("public.ecr.aws/docker/library/node:24"),
        local: {
          tryBundle(outputDir) {
            execFileSync("npx", ["tsx", "web/console/build.ts", outputDir], {
              cwd: projectRoot,
              stdio: "inherit",
            });
            return true;
          },
        },
      },
    });
    // The deployment's function may write only to its own log group, as every Rebook function.
    const logGroup = new LogGroup(this, "PublishLogs", {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "DeploymentRole", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    logGroup.grantWrite(role);
    const deployment = new BucketDeployment(this, "Publish", {
      sources: [
        build,
        Source.jsonData("config.json", {
          apiUrl: config.apiUrl,
          signIn: { kind: "cognito", url: config.signInUrl, clientId: config.clientId },
        }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ["/*"],
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 512,
      role,
      logGroup,
    });
    const buildAsset = deployment.node.findAll().find((construct) => construct instanceof Asset)!;
    for (const id of [
      ...["GetBucket*", "GetObject*", "List*", "Abort*", "DeleteObject*"].map(
        (action) => `AwsSolutions-IAM5[Action::s3:${action}]`,
      ),
      wildcardResourceFinding(this, buildAsset.bucket.arnForObjects("*")),
      wildcardResourceFinding(this, `${this.bucket.bucketArn}/*`),
      "AwsSolutions-IAM5[Resource::*]",
    ]) {
      Validations.of(role).acknowledge({
        id,
        reason:
          "CDK's BucketDeployment grants its function these: read the staged build in the bootstrap bucket, " +
          "replace and prune the console bucket's objects, and invalidate the distribution (CloudFront's " +
          "invalidation actions on *). Nothing else runs under this role.",
      });
    }
    const deploymentFunction = deployment.node.findChild("CustomResourceHandler") as SingletonFunction;
    Validations.of(deploymentFunction.permissionsNode.defaultChild!).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "CDK's BucketDeployment function: its Python runtime is the one aws-cdk-lib ships and updates, and it " +
        "runs only while a deployment publishes the console.",
    });
    return deployment;
  }
}
