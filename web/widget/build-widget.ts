import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";

/** The one file a studio's website loads: `<script type="module" src=".../rebook-booking.js">`. */
export const WIDGET_FILE = "rebook-booking.js";

/**
 * Bundles the widget (Lit included) into one minified ES module in `outdir`. Synchronous, as CDK's local
 * bundling calls it; it takes a fraction of a second.
 */
export const buildWidget = (outdir: string): { path: string; bytes: number; gzipBytes: number } => {
  const path = join(outdir, WIDGET_FILE);
  buildSync({
    entryPoints: [fileURLToPath(new URL("rebook-booking.ts", import.meta.url))],
    outfile: path,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
  });
  const code = readFileSync(path);
  return { path, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
};
