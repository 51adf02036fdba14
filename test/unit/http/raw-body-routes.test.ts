import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { toApiGatewayEvent } from "../../../functions/local/api-gateway-event";
import { httpApi } from "../../../functions/shared/http/http-api";
import { publicRoute } from "../../../functions/shared/http/route";

/** Two public routes answering what they were given: one raw with a larger limit, one JSON with the default. */
const routes = {
  "POST /hooks/raw": publicRoute({
    summary: "Echoes the raw body and a header",
    body: z.string().min(1),
    bodyFormat: "raw",
    bodyLimitBytes: 64 * 1024,
    response: z.object({ body: z.string(), signature: z.string().nullable() }),
    handle:
      () =>
      async ({ body, headers }) => ({ body, signature: headers["x-signature"] ?? null }),
  }),
  "POST /hooks/json": publicRoute({
    summary: "Takes a JSON body",
    body: z.object({ text: z.string() }),
    response: z.object({ length: z.number() }),
    handle:
      () =>
      async ({ body }) => ({ length: body.text.length }),
  }),
};

// The routes touch no dependency: the pipeline under test is the framework's.
const handler = httpApi(routes, {} as Dependencies);

const post = (routeKey: keyof typeof routes, body: string, headers: Record<string, string> = {}) =>
  handler(
    toApiGatewayEvent({
      method: "POST",
      rawPath: routeKey.split(" ")[1]!,
      routeKey,
      pathParameters: {},
      query: new URLSearchParams(),
      body,
      headers: { "content-type": "application/json", ...headers },
      claims: null,
    }),
  );

describe("a public route with a raw body", () => {
  it("hands the handler the body exactly as sent, and the request's headers", async () => {
    const sent = '{ "id": "evt_1",\n  "amount": 5000 }';

    const answer = await post("POST /hooks/raw", sent, { "x-signature": "t=1,v1=abc" });

    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body!)).toEqual({ body: sent, signature: "t=1,v1=abc" });
  });

  it("takes a body up to its own limit, and refuses a larger one unread", async () => {
    const large = "x".repeat(60 * 1024);

    expect((await post("POST /hooks/raw", large)).statusCode).toBe(200);
    const refused = await post("POST /hooks/raw", "x".repeat(64 * 1024 + 1));
    expect(refused.statusCode).toBe(413);
    expect(JSON.parse(refused.body!).error.code).toBe("REQUEST.TOO_LARGE");
  });

  it("leaves the other public routes at 8 KB", async () => {
    const answer = await post("POST /hooks/json", JSON.stringify({ text: "x".repeat(9 * 1024) }));

    expect(answer.statusCode).toBe(413);
  });
});
