import { defineConfig } from "vite";

/**
 * Relative asset URLs: the same build is served at `/console/` by the local stack and at the root of the
 * CloudFront distribution in the cloud.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { target: "es2022", emptyOutDir: true, reportCompressedSize: false },
  logLevel: "warn",
});
