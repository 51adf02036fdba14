import { join } from "node:path";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { type BundlingOptions, NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { wildcardResourceFinding } from "./nag-findings";

/** How much of the table a function may touch: read-only areas never get write actions. */
export type TableAccess = "read" | "readWrite";

export interface RebookFunctionProps {
  /** Repository root: entry paths and the lock file resolve from here. */
  projectRoot: string;
  /** Handler file, relative to the project root, e.g. `functions/http/clients.ts`. */
  entry: string;
  /** Reported as the Powertools service name, e.g. `rebook-clients`. */
  serviceName: string;
  table: ITableV2;
  tableAccess: TableAccess;
  /** Variables beyond TABLE_NAME, which every function receives. */
  environment?: Record<string, string>;
  /** @default 10 seconds */
  timeout?: Duration;
  /** @default 512 MB */
  memorySize?: number;
  /** Packages with native binaries, installed beside the bundle for Lambda's platform (linux-arm64), e.g. sharp. */
  nodeModules?: string[];
}

/** Lets Node's `require` work inside the ESM bundle, for dependencies that still call it. */
const esmRequireBanner = "import{createRequire}from'module';const require=createRequire(import.meta.url);";

/** How every Rebook Lambda is bundled; `npm run bench:bundles` builds with exactly these options. */
export const rebookBundling = {
  format: OutputFormat.ESM,
  target: "node24",
  banner: esmRequireBanner,
  mainFields: ["module", "main"],
  bundleAwsSDK: true,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
} satisfies BundlingOptions;

/**
 * Every Rebook Lambda: arm64 on Node.js 24, an ESM bundle built by local esbuild with source maps,
 * a log group kept for a month, and exactly the table access its mode allows. Its role may write only
 * to its own log group, instead of AWSLambdaBasicExecutionRole's logs on every group of the account.
 */
export class RebookFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  /** The handler file, relative to the project root. */
  readonly entry: string;

  constructor(scope: Construct, id: string, props: RebookFunctionProps) {
    super(scope, id);
    this.entry = props.entry;

    this.logGroup = new LogGroup(this, "Logs", {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, "Handler", {
      entry: join(props.projectRoot, props.entry),
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, "package-lock.json"),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup: this.logGroup,
      role,
      environment: {
        ...props.environment,
        TABLE_NAME: props.table.tableName,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        NODE_OPTIONS: "--enable-source-maps",
      },
      bundling: {
        ...rebookBundling,
        ...(props.nodeModules === undefined
          ? {}
          : {
              nodeModules: props.nodeModules,
              // npm picks a package's optional native binaries by these, not by the machine that synthesizes.
              environment: { npm_config_os: "linux", npm_config_cpu: "arm64", npm_config_libc: "glibc" },
            }),
      },
    });

    if (props.tableAccess === "readWrite") {
      props.table.grantReadWriteData(this.function);
    } else {
      props.table.grantReadData(this.function);
    }
    Validations.of(this).acknowledge({
      id: wildcardResourceFinding(this, `${props.table.tableArn}/index/*`),
      reason:
        "The table grants name its indexes as `<table ARN>/index/*`: the wildcard spans only this table's " +
        "indexes, which the function queries with the same actions it may use on the table.",
    });
  }
}
