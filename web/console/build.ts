import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

export const CONSOLE_DIST = join(import.meta.dirname, "dist");
/** The initial JavaScript a first visit downloads may weigh this much, gzipped. */
export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

/** Gzipped bytes of the entry chunk and every chunk it imports statically: what the first page load runs. */
const initialJsBytes = (output: Rolldown.RolldownOutput["output"]) => {
  const chunks = new Map(
    output.flatMap((item) => (item.type === "chunk" ? [[item.fileName, item] as const] : [])),
  );
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...initial].reduce((sum, fileName) => sum + gzipSync(chunks.get(fileName)!.code).length, 0);
};

/**
 * Builds the console into `outDir`; answers the initial JS's gzipped size. Bundling needs no API types (they
 * are erased), so `npm start` builds without generating them; `npm run typecheck` and this file's CLI do.
 */
export const buildConsole = async (outDir = CONSOLE_DIST) => {
  const result = (await build({
    configFile: join(import.meta.dirname, "vite.config.ts"),
    build: { outDir },
  })) as Rolldown.RolldownOutput;
  return { outDir, initialJsBytes: initialJsBytes(result.output) };
};

export const describeSize = (bytes: number) =>
  `initial JS ${(bytes / 1024).toFixed(1)} KB gzipped (budget ${INITIAL_JS_BUDGET_BYTES / 1024} KB)`;

/** `tsx web/console/build.ts [outDir]`: CDK's asset bundling names its output folder. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { generateApiTypes } = await import("./api-types");
  await generateApiTypes();
  const { outDir, initialJsBytes } = await buildConsole(process.argv[2] ?? CONSOLE_DIST);
  console.log(`console built into ${outDir}: ${describeSize(initialJsBytes)}`);
}
