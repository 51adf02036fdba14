import { Match, type Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

const extraOrigin = "https://console.example.com";

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeRebookStack([extraOrigin]);
  ({ stack, template } = synthesized);
});

afterAll(() => synthesized.cleanUp());

const distributionUrl = () => stack.resolve(stack.consoleHosting.url);

describe("the console's hosting", () => {
  it("keeps the build in a private, encrypted bucket that only the distribution reads (origin access control)", () => {
    const { logicalId } = synthesized;
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: "s3/" }),
    });
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
      }),
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: logicalId(stack.consoleHosting.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: "s3:GetObject",
            Principal: { Service: "cloudfront.amazonaws.com" },
            Condition: {
              StringEquals: {
                "AWS:SourceArn": Match.objectLike({
                  "Fn::Join": Match.arrayWith([
                    Match.arrayWith([{ Ref: logicalId(stack.consoleHosting.distribution) }]),
                  ]),
                }),
              },
            },
          }),
        ]),
      },
    });
  });

  it("serves it over HTTPS only, index.html at the root, with a CSP that lets it reach the API and the hosted UI alone", () => {
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: "redirect-to-https" }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        Logging: Match.objectLike({ Prefix: "cloudfront/" }),
      }),
    });
    const [policy] = Object.values(template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    const csp = JSON.stringify(
      policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy,
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("https://*.execute-api.");
    expect(csp).toContain("https://*.auth.");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("publishes the build with a config.json naming the API, the hosted UI and the console's client, then invalidates", () => {
    const [deployment] = Object.values(template.findResources("Custom::CDKBucketDeployment"));
    const properties = deployment?.Properties;
    const config = JSON.stringify(properties.SourceMarkers);

    expect(properties.DistributionPaths).toEqual(["/*"]);
    expect(config).toContain(JSON.stringify({ Ref: synthesized.logicalId(stack.auth.consoleClient) }));
    expect(config).toContain(synthesized.logicalId(stack.adminApi.httpApi));
    expect(config).toContain(synthesized.logicalId(stack.auth.signInDomain));
  });

  it("lets the console's origins call the API", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: Match.objectLike({ AllowOrigins: [distributionUrl(), extraOrigin] }),
    });
  });
});

describe("the console's sign-in", () => {
  it("uses the hosted UI's code flow (PKCE, no client secret), returning only to the console's origins", () => {
    const redirects = [distributionUrl(), extraOrigin].map((url) =>
      typeof url === "string" ? `${url}/` : { "Fn::Join": ["", [...url["Fn::Join"][1], "/"]] },
    );
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthScopes: ["openid", "email", "profile"],
      SupportedIdentityProviders: ["COGNITO"],
      CallbackURLs: redirects,
      LogoutURLs: redirects,
    });
    template.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
  });

  it("still requires a TOTP code at every sign-in", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      MfaConfiguration: "ON",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
    });
  });
});
