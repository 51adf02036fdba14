import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { WIDGET_FILE } from "../../web/widget/build-widget";

/** The URL of the demo studio website that embeds the widget. */
export const WIDGET_DEMO_PATH = "/widget/demo";
const demoPage = new URL("../../web/widget/demo.html", import.meta.url);

/**
 * The demo page loads the widget from this origin and lets it call nothing else, so a request to a third
 * party would fail (and show in the browser tests).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const answer = (contentType: string, body: string, headers: Record<string, string> = {}) => ({
  statusCode: 200,
  headers: {
    "content-type": contentType,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    ...headers,
  },
  body,
});

/**
 * The booking widget on the local stack: the module built into `directory` at `/widget/rebook-booking.js`,
 * and a demo studio website embedding it at `/widget/demo`; null for any other path.
 */
export const widgetSite =
  (directory: string) =>
  async (path: string): Promise<APIGatewayProxyStructuredResultV2 | null> => {
    if (path === `/widget/${WIDGET_FILE}`) {
      return answer("text/javascript; charset=utf-8", await readFile(join(directory, WIDGET_FILE), "utf8"));
    }
    if (path === WIDGET_DEMO_PATH) {
      return answer("text/html; charset=utf-8", await readFile(demoPage, "utf8"), {
        "content-security-policy": CONTENT_SECURITY_POLICY,
      });
    }
    return null;
  };
