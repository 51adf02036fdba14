import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildConsole } from "../../../web/console/build";

declare module "vitest" {
  export interface ProvidedContext {
    consoleDirectory: string;
    consoleInitialJsBytes: number;
  }
}

/** The console built once per run into a folder of its own, so a running `npm start` keeps its build. */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), "rebook-console-"));
  const built = await buildConsole(outDir);
  project.provide("consoleDirectory", built.outDir);
  project.provide("consoleInitialJsBytes", built.initialJsBytes);
  return () => rm(outDir, { recursive: true, force: true });
}
