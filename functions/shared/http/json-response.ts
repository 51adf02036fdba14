import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** What a route handler returns to answer with an HTML page instead of JSON. */
export class HtmlPage {
  constructor(readonly html: string) {}
}

/**
 * Every HTML page: no scripts, styles, images or frames from anywhere, forms only to our own origin, and
 * no Referer, which would carry the page's URL (and the token in it) elsewhere.
 */
const htmlSecurityHeaders = {
  "content-security-policy":
    "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

export const jsonResponse = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 =>
  statusCode === 204
    ? { statusCode }
    : { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };

export const htmlResponse = (statusCode: number, page: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "text/html; charset=utf-8", ...htmlSecurityHeaders },
  body: page,
});
