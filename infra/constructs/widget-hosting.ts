import { join } from "node:path";
import {
  AssetHashType,
  DefaultStackSynthesizer,
  DockerImage,
  Duration,
  RemovalPolicy,
  Validations,
} from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { SingletonFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { buildWidget, WIDGET_FILE } from "../../web/widget/build-widget";
import { wildcardResourceFinding } from "./nag-findings";

export interface WidgetHostingProps {
  /** Repository root: the widget's sources are under `web/widget/`. */
  projectRoot: string;
}

/**
 * The file's URL never changes (studios' pages name it), so browsers and CloudFront keep it only briefly;
 * each deployment also invalidates it at once.
 */
export const WIDGET_MAX_AGE = Duration.minutes(5);

/**
 * Hosts the booking widget's module for studios' websites: a private, encrypted S3 bucket read only by
 * CloudFront (origin access control), HTTPS only, compressed, and CORS-enabled (a module script from another
 * origin is fetched in CORS mode). `cdk synth` builds the module with local esbuild and deploys it.
 */
export class WidgetHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly deployment: BucketDeployment;
  /** Where a studio's page loads the widget from. */
  readonly widgetUrl: string;

  constructor(scope: Construct, id: string, props: WidgetHostingProps) {
    super(scope, id);

    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Its content is built from the repository at every deployment.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "Only CloudFront reads the bucket (origin access control) and only the deployment writes it; it holds one " +
        "public script built from the repository, so server access logs would record nothing worth keeping.",
    });

    const headers = new ResponseHeadersPolicy(this, "Headers", {
      comment: "Rebook widget: CORS for module scripts on any website, and security headers",
      corsBehavior: {
        accessControlAllowOrigins: ["*"],
        accessControlAllowMethods: ["GET", "HEAD"],
        accessControlAllowHeaders: ["*"],
        accessControlAllowCredentials: false,
        originOverride: true,
      },
      securityHeadersBehavior: {
        contentTypeOptions: { override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: "Rebook booking widget",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America: where Rebook's studios and their clients are.
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    const acknowledgements = {
      "AwsSolutions-CFR1":
        "No geo restriction: a studio's clients book from wherever they are, and the file is a public script.",
      "AwsSolutions-CFR2":
        "No WAF: the distribution serves one static, public file; the booking API behind it has its own throttling and per-caller limits.",
      "AwsSolutions-CFR3":
        "No access logs: requests for one public static file tell nothing the booking API's access log does not.",
      "AwsSolutions-CFR4":
        "The default *.cloudfront.net certificate, which allows older TLS versions, until a studio-facing domain with its own certificate is set up.",
    };
    for (const [rule, reason] of Object.entries(acknowledgements)) {
      Validations.of(this.distribution).acknowledge({ id: rule, reason });
    }

    // The deployment's function may write only to its own log group, as every Rebook function.
    const logGroup = new LogGroup(this, "DeploymentLogs", {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "DeploymentRole", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
    });
    logGroup.grantWrite(role);
    this.deployment = new BucketDeployment(this, "Deployment", {
      sources: [
        Source.asset(join(props.projectRoot, "web/widget"), {
          assetHashType: AssetHashType.OUTPUT,
          bundling: {
            local: {
              tryBundle: (outputDir) => {
                buildWidget(outputDir);
                return true;
              },
            },
            // Required by the type, never pulled: the local build above always runs (esbuild is a dev dependency).
            image: DockerImage.fromRegistry("node:24-alpine"),
          },
        }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: [`/${WIDGET_FILE}`],
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(WIDGET_MAX_AGE)],
      role,
      logGroup,
    });

    const deploymentGrants = [
      ...["GetBucket", "GetObject", "List", "Abort", "DeleteObject"].map((action) => `Action::s3:${action}*`),
      `Resource::arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`,
      "Resource::*",
    ].map((finding) => `AwsSolutions-IAM5[${finding}]`);
    for (const id of [...deploymentGrants, wildcardResourceFinding(this, `${this.bucket.bucketArn}/*`)]) {
      Validations.of(role).acknowledge({
        id,
        reason:
          "CDK's BucketDeployment grants its function these: read the staged asset in the bootstrap bucket, replace " +
          "and prune the widget bucket's objects, and invalidate the distribution (CloudFront's invalidation " +
          "actions on *). Nothing else runs under this role.",
      });
    }
    const deploymentFunction = this.deployment.node.findChild("CustomResourceHandler") as SingletonFunction;
    Validations.of(deploymentFunction.permissionsNode.defaultChild!).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "CDK's BucketDeployment function: its Python runtime is the one aws-cdk-lib ships and updates, and it runs " +
        "only while a deployment copies the widget.",
    });

    this.widgetUrl = `https://${this.distribution.distributionDomainName}/${WIDGET_FILE}`;
  }
}
