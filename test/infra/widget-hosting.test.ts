import { Match, type Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WIDGET_MAX_AGE } from "../../infra/constructs/widget-hosting";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { WIDGET_FILE } from "../../web/widget/build-widget";
import { synthesizeRebookStack } from "../support/synthesized-stack";

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeRebookStack();
  ({ stack, template } = synthesized);
});

afterAll(() => synthesized.cleanUp());

const bucketId = () => synthesized.logicalId(stack.widget.bucket);
const distributionId = () => synthesized.logicalId(stack.widget.distribution);

describe("the widget's hosting", () => {
  it("keeps the module in a private, encrypted bucket that only TLS requests reach", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: bucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Action: "s3:*",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      },
    });
  });

  it("lets only its CloudFront distribution read it, through origin access control, not an identity", () => {
    const policies = template.findResources("AWS::S3::BucketPolicy", {
      Properties: { Bucket: { Ref: bucketId() } },
    });
    const allows = Object.values(policies).flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as Array<{ Effect: string }>).filter(
        (statement) => statement.Effect === "Allow",
      ),
    );

    expect(allows).toEqual([
      expect.objectContaining({
        Action: "s3:GetObject",
        Principal: { Service: "cloudfront.amazonaws.com" },
        Condition: {
          StringEquals: {
            "AWS:SourceArn": expect.objectContaining({ "Fn::Join": expect.anything() }),
          },
        },
      }),
    ]);
    expect(JSON.stringify(allows)).toContain(distributionId());
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
        SigningProtocol: "sigv4",
      }),
    });
    template.resourceCountIs("AWS::CloudFront::CloudFrontOriginAccessIdentity", 0);
  });

  it("serves it over HTTPS only, compressed, read-only, with CORS for module scripts on any site", () => {
    const distribution = template.toJSON().Resources[distributionId()].Properties.DistributionConfig;
    // The stack has more distributions (the console's): the widget's policy is the one its behaviour names.
    const headersPolicy =
      template.toJSON().Resources[distribution.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref].Properties
        .ResponseHeadersPolicyConfig;

    expect(distribution.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: "https-only",
      Compress: true,
      AllowedMethods: ["GET", "HEAD"],
    });
    expect(distribution.Origins[0].OriginAccessControlId).toBeDefined();
    expect(headersPolicy.CorsConfig).toMatchObject({
      AccessControlAllowOrigins: { Items: ["*"] },
      AccessControlAllowMethods: { Items: ["GET", "HEAD"] },
      AccessControlAllowCredentials: false,
    });
    expect(headersPolicy.SecurityHeadersConfig).toMatchObject({
      ContentTypeOptions: { Override: true },
      StrictTransportSecurity: expect.objectContaining({ Override: true }),
    });
  });

  it("deploys the built module with a short cache and invalidates it at each deployment", () => {
    template.hasResourceProperties("Custom::CDKBucketDeployment", {
      DestinationBucketName: { Ref: bucketId() },
      DistributionId: { Ref: distributionId() },
      DistributionPaths: [`/${WIDGET_FILE}`],
      SystemMetadata: { "cache-control": `public, max-age=${WIDGET_MAX_AGE.toSeconds()}` },
      Prune: true,
    });
  });

  it("names the module's URL and the two lines a studio embeds, with the booking API's address", () => {
    const outputs = template.toJSON().Outputs;
    /** An output's text, each deploy-time value shown as <…>. */
    const textOf = (value: { "Fn::Join": [string, unknown[]] }) =>
      value["Fn::Join"][1].map((part) => (typeof part === "string" ? part : "<…>")).join("");

    expect(JSON.stringify(outputs.WidgetEmbed.Value)).toContain(
      JSON.stringify(stack.resolve(stack.bookingApi.httpApi.apiEndpoint)),
    );
    expect(textOf(outputs.WidgetUrl.Value)).toBe(`https://<…>/${WIDGET_FILE}`);
    expect(textOf(outputs.WidgetEmbed.Value)).toBe(
      `<script type="module" src="https://<…>/${WIDGET_FILE}"></script> ` +
        '<rebook-booking handle="HANDLE" api="<…>"></rebook-booking>',
    );
  });
});
