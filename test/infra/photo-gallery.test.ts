import { Match } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RebookStack } from "../../infra/stacks/rebook-stack";
import { synthesizeRebookStack } from "../support/synthesized-stack";

let synthesized: ReturnType<typeof synthesizeRebookStack>;
let stack: RebookStack;

beforeAll(() => {
  synthesized = synthesizeRebookStack(["https://console.example.com"]);
  ({ stack } = synthesized);
});

afterAll(() => synthesized.cleanUp());

const resource = (construct: Parameters<typeof synthesized.logicalId>[0]) =>
  synthesized.template.toJSON().Resources[synthesized.logicalId(construct)];
const s3Statements = (roleOwner: { function: { role?: Parameters<typeof synthesized.logicalId>[0] } }) =>
  synthesized
    .statementsOf(synthesized.logicalId(roleOwner.function.role!))
    .filter((statement) => [statement.Action].flat().some((action) => action.startsWith("s3:")));
const objectArn = (prefix = "") => ({
  "Fn::Join": [
    "",
    [
      "arn:",
      { Ref: "AWS::Partition" },
      ":s3:::rebook-photos-",
      { Ref: "AWS::AccountId" },
      "-",
      { Ref: "AWS::Region" },
      ...(prefix === "" ? [] : [prefix]),
    ],
  ],
});

describe("the photo bucket", () => {
  it("is private, encrypted, TLS-only, unversioned and logged, and kept when the stack goes", () => {
    const bucket = resource(stack.photoGallery.bucket);

    expect(bucket.DeletionPolicy).toBe("Retain");
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: synthesized.logicalId(stack.photoGallery.accessLogs) },
      },
    });
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    synthesized.template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: synthesized.logicalId(stack.photoGallery.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("expires unprocessed uploads and unfinished multipart uploads after a day", () => {
    expect(resource(stack.photoGallery.bucket).Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: "uploads/", ExpirationInDays: 1, Status: "Enabled" }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
      ]),
    );
  });

  it("lets the console PUT and GET only from its origins: the configured ones and its own distribution", () => {
    expect(resource(stack.photoGallery.bucket).Properties.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({
        AllowedMethods: ["PUT", "GET"],
        AllowedOrigins: [
          {
            "Fn::Join": [
              "",
              [
                "https://",
                { "Fn::GetAtt": [synthesized.logicalId(stack.consoleHosting.distribution), "DomainName"] },
              ],
            ],
          },
          "https://console.example.com",
        ],
      }),
    ]);
  });

  it("notifies the processing function of every upload, and only of uploads", () => {
    const bucket = resource(stack.photoGallery.bucket);

    expect(bucket.Properties.NotificationConfiguration).toEqual({
      LambdaConfigurations: [
        {
          Event: "s3:ObjectCreated:*",
          Function: synthesized.arnOf(stack.photoGallery.processor.function),
          Filter: { S3Key: { Rules: [{ Name: "prefix", Value: "uploads/" }] } },
        },
      ],
    });
    synthesized.template.hasResourceProperties("AWS::Lambda::Permission", {
      Principal: "s3.amazonaws.com",
      FunctionName: synthesized.arnOf(stack.photoGallery.processor.function),
      SourceArn: objectArn(),
    });
  });
});

describe("access to the photos", () => {
  it("gives the processing function object actions on the two prefixes only, and room to decode", () => {
    expect(s3Statements(stack.photoGallery.processor)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: "s3:GetObject", Resource: objectArn("/uploads/*") }),
        expect.objectContaining({
          Action: "s3:DeleteObject",
          Resource: expect.arrayContaining([objectArn("/uploads/*"), objectArn("/photos/*")]),
        }),
        expect.objectContaining({ Action: "s3:PutObject", Resource: objectArn("/photos/*") }),
      ]),
    );
    expect(resource(stack.photoGallery.processor.function).Properties).toMatchObject({
      MemorySize: 1536,
      Timeout: 30,
      Architectures: ["arm64"],
    });
  });

  it("lets the clients function put uploads, read photos and delete both, and no other function", () => {
    const statements = s3Statements(stack.adminApi.functions.clients);

    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: "s3:PutObject", Resource: objectArn("/uploads/*") }),
        expect.objectContaining({ Action: "s3:GetObject", Resource: objectArn("/photos/*") }),
        expect.objectContaining({
          Action: "s3:ListBucket",
          Condition: { StringLike: { "s3:prefix": ["uploads/*", "photos/*"] } },
        }),
      ]),
    );
    expect(statements.flatMap((statement) => [statement.Action].flat())).not.toContain("s3:*");
    for (const area of ["catalog", "appointments", "messages"] as const)
      expect(s3Statements(stack.adminApi.functions[area])).toEqual([]);
  });
});
