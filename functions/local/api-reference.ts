import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** Swagger UI's own files, served from the npm package `swagger-ui-dist`: the page loads nothing from elsewhere. */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};
const assetDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

/** `validatorUrl: null`: by default Swagger UI shows a badge fetched from a public validator. */
const INITIALIZER = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: true,
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rebook API reference</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/initializer.js"></script>
</body>
</html>
`;

/**
 * Scripts, styles and requests to this origin only; "Try it out" may also call the local stack under its
 * other name (localhost or 127.0.0.1). Swagger UI sets inline styles and shows inline SVG images.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

const answer = (contentType: string, body: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    "content-type": contentType,
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
  },
  body,
});

/** The local stack's interactive API reference at `/docs`, over the served `/openapi.json`; null off it. */
export const apiReference = async (path: string): Promise<APIGatewayProxyStructuredResultV2 | null> => {
  if (path === "/docs" || path === "/docs/") return answer("text/html; charset=utf-8", PAGE);
  if (path === "/docs/initializer.js") return answer("text/javascript; charset=utf-8", INITIALIZER);
  const asset = path.slice("/docs/".length);
  const contentType = path.startsWith("/docs/") ? ASSETS[asset] : undefined;
  if (contentType === undefined) return null;
  return answer(contentType, await readFile(join(assetDir, asset), "utf8"));
};
