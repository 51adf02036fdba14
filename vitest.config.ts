import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    env: { POWERTOOLS_LOG_LEVEL: "SILENT" },
    hookTimeout: 60_000,
  },
});
