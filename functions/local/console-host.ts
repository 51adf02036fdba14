import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { consoleContentSecurityPolicy } from "../../web/console/content-security-policy";
import type { ConsoleConfig } from "../../web/console/src/config";
import { container } from "../shared/container";

export const CONSOLE_PATH = "/console/";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Locally the API answers on the console's own origin. */
const CONTENT_SECURITY_POLICY = consoleContentSecurityPolicy();

const answer = (contentType: string, body: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    "content-type": contentType,
    "cache-control": "no-cache",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  },
  body,
});

/** The local sign-in lists every account of the studios named, one click each. */
const localConfig = async (studioIds: readonly string[]): Promise<ConsoleConfig> => {
  const { deps } = await container();
  const accounts = await Promise.all(
    studioIds.map(async (studioId) => {
      const [studio, page] = await Promise.all([
        deps.studios.get(studioId),
        deps.staffAccounts.list(studioId, { limit: 100, cursor: null }),
      ]);
      return page.items.map((account) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        studioName: studio?.name ?? studioId,
      }));
    }),
  );
  return { apiUrl: "", signIn: { kind: "local", accounts: accounts.flat() } };
};

/**
 * The built console (web/console/dist) at `/console/`, with a `config.json` pointing it at this server and
 * its local sign-in; null for any other path.
 */
export const consoleHost =
  (options: { directory: string; studioIds: readonly string[] }) =>
  async (path: string): Promise<APIGatewayProxyStructuredResultV2 | null> => {
    if (path === "/console") return { statusCode: 308, headers: { location: CONSOLE_PATH } };
    if (!path.startsWith(CONSOLE_PATH)) return null;
    const file = path.slice(CONSOLE_PATH.length) || "index.html";
    if (file === "config.json")
      return answer(CONTENT_TYPES[".json"]!, JSON.stringify(await localConfig(options.studioIds)));
    const resolved = normalize(join(options.directory, file));
    const contentType = CONTENT_TYPES[extname(resolved)];
    if (!resolved.startsWith(options.directory + sep) || contentType === undefined) return null;
    try {
      return answer(contentType, await readFile(resolved, "utf8"));
    } catch {
      return null;
    }
  };
