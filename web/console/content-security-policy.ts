/**
 * The console's Content-Security-Policy, served by the local stack and by CloudFront alike: its own files
 * only, no inline script or style, no framing, and calls to its own origin plus the sources named (the
 * API and the hosted UI in the cloud).
 */
export const consoleContentSecurityPolicy = (connectSources: readonly string[] = []) =>
  [
    "default-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(" "),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
