/**
 * Benchmark of the Lambda bundles: every function of the synthesized stack built with esbuild exactly as
 * `RebookFunction` bundles it (`rebookBundling`), and a bare handler that only reads an item through the
 * DynamoDB SDK, built the same way. Prints each bundle's size, gzip size and import time (the median of
 * fresh `node` processes importing it, with the source maps enabled as on Lambda), and both as a ratio
 * to the bare handler. Import time is given as wall time and as the CPU time the import took: on a shared
 * machine the wall time swings with the other processes, the CPU time far less, so the ratio is taken of
 * it. The issue's goal: bundle ≤ 1.3×, import ≤ 1.2× the bare handler.
 *
 *   npm run bench:bundles -- [--runs 7]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { RebookFunction, rebookBundling } from "../../infra/constructs/rebook-function";
import { synthesizeRebookStack } from "../support/synthesized-stack";

const { values: options } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const RUNS = Number(options.runs);
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const BARE = "test/bench/support/bare-handler.ts";

/**
 * What the functions' top-level code reads at import; APP_SECRET, EMAIL_PER_SECOND and the payment
 * simulator's secret (in place of Stripe's keys in Secrets Manager) spare the network. The Stripe client's
 * code is imported all the same.
 */
const importEnvironment = {
  PATH: process.env.PATH,
  AWS_REGION: "eu-central-1",
  TABLE_NAME: "rebook-bench",
  APP_SECRET: "a-benchmark-application-secret-0123456789",
  POWERTOOLS_LOG_LEVEL: "SILENT",
  POWERTOOLS_SERVICE_NAME: "rebook-bench",
  SES_FROM_ADDRESS: "Rebook <no-reply@example.com>",
  SES_CONFIGURATION_SET: "rebook-bench",
  SMS_ORIGINATION_IDENTITY: "Rebook",
  SMS_CONFIGURATION_SET: "rebook-bench-sms",
  EMAIL_PER_SECOND: "14",
  PAYMENT_SIMULATOR_SECRET: "whsec_benchmark_payment_simulator",
};

/** The esbuild options `NodejsFunction` derives from `rebookBundling` (no externals: the SDK is bundled). */
const bundle = async (entry: string, outdir: string): Promise<string> => {
  const outfile = join(outdir, entry.replaceAll("/", "_").replace(/\.ts$/, ""), "index.mjs");
  await build({
    entryPoints: [join(projectRoot, entry)],
    bundle: true,
    platform: "node",
    format: rebookBundling.format,
    target: rebookBundling.target,
    outfile,
    minify: rebookBundling.minify,
    sourcemap: rebookBundling.sourceMap,
    sourcesContent: rebookBundling.sourcesContent,
    banner: { js: rebookBundling.banner },
    mainFields: rebookBundling.mainFields,
    logLevel: "warning",
  });
  return outfile;
};

interface ImportTime {
  wallMs: number;
  cpuMs: number;
}

/** What a fresh process spends importing the bundle (its top-level code included). */
const importTime = (file: string): ImportTime => {
  const run = spawnSync(
    process.execPath,
    [
      "--enable-source-maps",
      "--input-type=module",
      "-e",
      "const c = process.cpuUsage(), t = performance.now(); await import(process.argv[1]); const u = process.cpuUsage(c);" +
        "process.stdout.write(JSON.stringify({ wallMs: performance.now() - t, cpuMs: (u.user + u.system) / 1000 }));",
      pathToFileURL(file).href,
    ],
    { env: importEnvironment, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ImportTime;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const main = async () => {
  const synthesized = synthesizeRebookStack();
  const entries = [
    ...new Set(
      synthesized.stack.node
        .findAll()
        .filter((construct): construct is RebookFunction => construct instanceof RebookFunction)
        .map((construct) => construct.entry),
    ),
  ].sort();
  synthesized.cleanUp();

  const outdir = mkdtempSync(join(tmpdir(), "rebook-bundles-"));
  try {
    const files = new Map<string, string>();
    for (const entry of [BARE, ...entries]) files.set(entry, await bundle(entry, outdir));
    // Round robin, so a busy moment of the machine does not fall on one bundle's runs alone.
    const times = new Map<string, ImportTime[]>([...files.keys()].map((entry) => [entry, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [entry, file] of files) times.get(entry)!.push(importTime(file));
    }

    const figures = [...files].map(([entry, file]) => {
      const code = readFileSync(file);
      const runs = times.get(entry)!;
      return {
        entry,
        bytes: code.length,
        gzip: gzipSync(code).length,
        wallMs: median(runs.map((time) => time.wallMs)),
        cpuMs: median(runs.map((time) => time.cpuMs)),
      };
    });
    const bare = figures[0]!;
    const rows = figures.map((figure) => [
      figure.entry === BARE ? "bare SDK handler" : figure.entry,
      kb(figure.bytes),
      kb(figure.gzip),
      `${(figure.bytes / bare.bytes).toFixed(2)}×`,
      `${figure.wallMs.toFixed(0)} ms`,
      `${figure.cpuMs.toFixed(0)} ms`,
      `${(figure.cpuMs / bare.cpuMs).toFixed(2)}×`,
    ]);
    const header = ["function", "bundle", "gzip", "bundle ÷ bare", "import wall", "import CPU", "CPU ÷ bare"];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column]!.length)),
    );
    const line = (cells: string[]) =>
      `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
    console.log(line(header));
    console.log(
      `|${widths.map((width, column) => `${"-".repeat(width + 1)}${column === 0 ? "-" : ":"}`).join("|")}|`,
    );
    for (const row of rows) console.log(line(row));
    console.log(
      `\nnode ${process.version}; import times: medians of ${RUNS} fresh processes per bundle; goal: bundle ≤ 1.30×, import ≤ 1.20×`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};

await main();
