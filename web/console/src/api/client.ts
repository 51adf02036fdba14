import createClient from "openapi-fetch";
import type { Session } from "../auth/session";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

/** An answer that is not a success, with the error body's code (`CLIENT.NOT_FOUND`, …) and its fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The typed client of the API, sending the session's token with every request. */
export const createApi = (apiUrl: string, session: Session) => {
  const client = createClient<paths>({ baseUrl: apiUrl });
  client.use({
    onRequest: async ({ request }) => {
      request.headers.set("authorization", `Bearer ${await session.token()}`);
      return request;
    },
    onResponse: ({ response }) => {
      if (response.status === 401) session.signOut();
      return response;
    },
  });
  return client;
};

export type Api = ReturnType<typeof createApi>;

/** The data of a successful answer; any other answer throws an ApiError. */
export const ok = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error as Schemas["Error"] | undefined)?.error;
  throw new ApiError(
    response.status,
    body?.code ?? "INTERNAL",
    body?.message ?? response.statusText,
    body?.fields,
  );
};
