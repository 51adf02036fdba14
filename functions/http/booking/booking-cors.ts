import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { Dependencies } from "../../../domain/ports/dependencies";
import type { HttpHandler } from "../../shared/http/http-api";

/** How long a warm function trusts the origins it read: a studio's change reaches the widget within this. */
const ORIGINS_TTL_MS = 60_000;

/** The handle a booking route names (`/book/{handle}/…`); null for the self-service links. */
const handleOf = (path: string): string | null => /^\/book\/([^/]+)/.exec(path)?.[1]?.toLowerCase() ?? null;

/**
 * CORS per studio: the widget may call from the website origins the studio allows, and from nowhere else.
 * Preflights (OPTIONS) are answered here; other answers get the headers when the caller's origin is allowed.
 */
export const withStudioCors = (
  deps: Pick<Dependencies, "studios" | "onlineBooking">,
  api: HttpHandler,
  now: () => number = Date.now,
): HttpHandler => {
  const cache = new Map<string, { origins: string[]; readAt: number }>();
  const allowedOrigins = async (handle: string): Promise<string[]> => {
    const cached = cache.get(handle);
    if (cached !== undefined && now() - cached.readAt < ORIGINS_TTL_MS) return cached.origins;
    const studio = await deps.studios.findByHandle(handle);
    const origins = studio === null ? [] : (await deps.onlineBooking.settings(studio.id)).allowedOrigins;
    cache.set(handle, { origins, readAt: now() });
    return origins;
  };

  const corsHeaders = async (event: APIGatewayProxyEventV2): Promise<Record<string, string>> => {
    const origin = event.headers?.origin;
    const handle = handleOf(event.rawPath);
    if (origin === undefined || handle === null || !(await allowedOrigins(handle)).includes(origin)) {
      return { vary: "origin" };
    }
    return {
      vary: "origin",
      "access-control-allow-origin": origin,
      "access-control-allow-methods": "GET, POST, DELETE",
      "access-control-allow-headers": "content-type",
      "access-control-max-age": "600",
    };
  };

  return async (event): Promise<APIGatewayProxyStructuredResultV2> => {
    const headers = await corsHeaders(event);
    if (event.requestContext.http.method === "OPTIONS") return { statusCode: 204, headers };
    const response = await api(event);
    return { ...response, headers: { ...response.headers, ...headers } };
  };
};
