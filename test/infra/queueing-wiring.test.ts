import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { RebookFunction, rebookBundling } from "../../infra/constructs/rebook-function";
import { synthesizeRebookStack } from "../support/synthesized-stack";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const QUEUEING = "functions/shared/outbox-send-requests.ts";

/** The project's source files that end up in the function's bundle. */
const bundledSources = async (entry: string): Promise<string[]> => {
  const { metafile } = await build({
    entryPoints: [join(projectRoot, entry)],
    bundle: true,
    platform: "node",
    format: rebookBundling.format,
    target: rebookBundling.target,
    mainFields: rebookBundling.mainFields,
    outfile: "index.mjs",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined)!;
  return Object.entries(output.inputs)
    .filter(([path, input]) => !path.startsWith("node_modules/") && input.bytesInOutput > 0)
    .map(([path]) => path);
};

describe("the functions' wiring", () => {
  const synthesized = synthesizeRebookStack();
  afterAll(() => synthesized.cleanUp());
  const entries = [
    ...new Set(
      synthesized.stack.node
        .findAll()
        .filter((construct): construct is RebookFunction => construct instanceof RebookFunction)
        .map((construct) => construct.entry),
    ),
  ];

  // A function wired without `outboxSendRequests` answers every send request with an error: whatever
  // bundles a use case that queues must bundle the queueing too.
  it.each(entries)(
    "of %s queues messages wherever its code sends any",
    async (entry) => {
      const sources = await bundledSources(entry);

      const sending = sources.filter(
        (path) => path !== QUEUEING && /\.sendRequests\(/.test(readFileSync(join(projectRoot, path), "utf8")),
      );

      if (sending.length > 0)
        expect(sources, `${entry} sends from ${sending.join(", ")}`).toContain(QUEUEING);
    },
    30_000,
  );
});
