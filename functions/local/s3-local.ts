import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";

export interface RunningS3 {
  endpoint: string;
  stop: () => Promise<void>;
  /**
   * Calls `listener` with the notification of each object created under `prefix`, as a bucket notification
   * with a prefix filter invokes a Lambda.
   */
  onObjectCreated: (prefix: string, listener: (event: unknown) => void) => void;
}

/**
 * A local S3 server (s3rver) on the loopback interface, reached through the real `S3Client`. It stores objects
 * in `directory` (kept between runs) or in a temporary folder removed on stop. It does not check signatures:
 * what S3 enforces through a signed URL (type, size, expiry) the processing function checks again anyway.
 */
export const startLocalS3 = async (
  options: { directory?: string; buckets?: string[] } = {},
): Promise<RunningS3> => {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), "rebook-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      if (options.directory === undefined) rmSync(directory, { recursive: true, force: true });
    },
    onObjectCreated: (prefix, listener) => {
      server.on("event", (event) => {
        const records = event.Records.filter(
          (record) => record.eventName.startsWith("ObjectCreated") && record.s3.object.key.startsWith(prefix),
        );
        if (records.length > 0) listener({ Records: records });
      });
    },
  };
};
