import { defineConfig } from "vitest/config";

/**
 * Four projects: unit tests start nothing; integration tests share one DynamoDB Local and one SES
 * emulator (global setup); infra tests synthesize the stack in-process; browser tests drive Chromium through
 * the console, built once, against the local server on their own DynamoDB Local. `npm test` runs all four.
 */
export default defineConfig({
  test: {
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { POWERTOOLS_LOG_LEVEL: "SILENT", POWERTOOLS_METRICS_DISABLED: "true" },
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
        },
      },
      { extends: true, test: { name: "infra", include: ["test/infra/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts", "test/browser/support/console-build.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
