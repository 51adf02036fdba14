import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { CfnPermission } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, HttpMethods } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { PHOTO_UPLOADS_PREFIX } from "../../events/photo-uploads";
import { DeadLetterQueue } from "./delivery-guarantees";
import { wildcardResourceFinding } from "./nag-findings";
import { RebookFunction } from "./rebook-function";

const UPLOADS = PHOTO_UPLOADS_PREFIX;
/** Where processed originals and thumbnails live (functions/adapters/s3/photo-objects.ts names the keys). */
const PHOTOS = "photos/";

export interface PhotoGalleryProps {
  projectRoot: string;
  table: ITableV2;
  /** The console uploads and reads photos from these origins (CORS). */
  consoleOrigins: string[];
}

/**
 * The client galleries: a private, encrypted bucket the console writes to and reads from only through URLs
 * the API signs, and the function its upload notifications run (checks, metadata stripping, thumbnails).
 * Unversioned, so an erased photo leaves no version behind; unprocessed uploads expire after a day. Every
 * request to the bucket is logged to an access-log bucket kept 90 days.
 */
export class PhotoGallery extends Construct {
  /** Fixed, so policies and the notification's permission can name the bucket without referring to it. */
  readonly bucketName: string;
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly processor: RebookFunction;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: PhotoGalleryProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.bucketName = `${stack.stackName.toLowerCase()}-photos-${stack.account}-${stack.region}`;

    const privateBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
    };
    this.accessLogs = new Bucket(this, "AccessLogs", {
      ...privateBucket,
      lifecycleRules: [{ id: "expire-access-logs", expiration: Duration.days(90) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "This is the access-log bucket of the photo bucket; logging its own access would only log the log " +
        "delivery itself.",
    });
    this.bucket = new Bucket(this, "Photos", {
      ...privateBucket,
      bucketName: this.bucketName,
      versioned: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: "photos/",
      cors: [
        {
          allowedOrigins: props.consoleOrigins,
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedHeaders: ["content-type"],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        { id: "expire-unprocessed-uploads", prefix: UPLOADS, expiration: Duration.days(1) },
        { id: "abort-incomplete-uploads", abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    this.deadLetterQueue = new DeadLetterQueue(this);
    this.processor = new RebookFunction(this, "ProcessorFunction", {
      projectRoot: props.projectRoot,
      entry: "functions/events/photo-uploads.ts",
      serviceName: "rebook-photo-uploads",
      table: props.table,
      tableAccess: "readWrite",
      // Decoding a 10 MB image and encoding two takes memory (and with it CPU) and a few seconds.
      memorySize: 1536,
      timeout: Duration.seconds(30),
      // sharp's libvips is a native binary: it is installed for linux-arm64 beside the bundle, not bundled.
      nodeModules: ["sharp"],
      environment: { PHOTO_BUCKET: this.bucketName },
    });
    this.processor.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    this.notifyProcessorOfUploads();
    // Reads and deletes uploads; writes processed photos, and deletes them again when the photo was erased meanwhile.
    this.grant(this.processor, { read: [UPLOADS], delete: [UPLOADS, PHOTOS], put: [PHOTOS] });
  }

  /**
   * What the API function of the client cards needs: it signs upload URLs (S3 checks the signer's right to put
   * uploads), signs reads of processed photos, and deletes a client's photos on erasure.
   */
  grantCardAccess(cards: RebookFunction): void {
    this.grant(cards, { read: [PHOTOS], delete: [UPLOADS, PHOTOS], put: [UPLOADS] });
    cards.function.addEnvironment("PHOTO_BUCKET", this.bucketName);
  }

  /**
   * The bucket's notification as its own property instead of CDK's notification custom resource, whose Lambda
   * would carry AWSLambdaBasicExecutionRole. S3 checks the invoke permission when the notification is created,
   * so the bucket waits for it; the permission names the bucket by its fixed name, which breaks the cycle.
   */
  private notifyProcessorOfUploads(): void {
    const stack = Stack.of(this);
    this.processor.function.addPermission("InvokedByUploads", {
      principal: new ServicePrincipal("s3.amazonaws.com"),
      sourceAccount: stack.account,
      sourceArn: this.objectsArn(""),
    });
    const bucket = this.bucket.node.defaultChild as CfnBucket;
    bucket.notificationConfiguration = {
      lambdaConfigurations: [
        {
          event: "s3:ObjectCreated:*",
          function: this.processor.function.functionArn,
          filter: { s3Key: { rules: [{ name: "prefix", value: UPLOADS }] } },
        },
      ],
    };
    bucket.addResourceDependency(this.processor.function.node.findChild("InvokedByUploads") as CfnPermission);
  }

  /** Object actions, each on named prefixes only; listing only within them (a missing key is then a 404). */
  private grant(target: RebookFunction, access: Record<"read" | "put" | "delete", string[]>): void {
    const actions = { read: "s3:GetObject", put: "s3:PutObject", delete: "s3:DeleteObject" } as const;
    for (const [kind, prefixes] of Object.entries(access) as [keyof typeof actions, string[]][]) {
      target.function.addToRolePolicy(
        new PolicyStatement({
          actions: [actions[kind]],
          resources: prefixes.map((prefix) => this.objectsArn(`/${prefix}*`)),
        }),
      );
    }
    target.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:ListBucket"],
        resources: [this.objectsArn("")],
        conditions: { StringLike: { "s3:prefix": [`${UPLOADS}*`, `${PHOTOS}*`] } },
      }),
    );
    for (const prefix of [UPLOADS, PHOTOS]) {
      Validations.of(target).acknowledge({
        id: wildcardResourceFinding(target, this.objectsArn(`/${prefix}*`)),
        reason:
          "Object keys under a prefix of the photo bucket: every photo of every client lives under it, named by " +
          "ids only the API hands out through signed URLs.",
      });
    }
  }

  private objectsArn(path: string): string {
    return `arn:${Stack.of(this).partition}:s3:::${this.bucketName}${path}`;
  }
}
