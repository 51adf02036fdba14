import type * as z from "zod";
import type { StaffRole } from "../../../domain/model/staff-account";
import type { Dependencies } from "../../../domain/ports/dependencies";
import type { AdminArea, AdminRouteKey } from "../../http/admin-routes";
import type { HtmlPage } from "./json-response";

/** The authenticated caller: every admin request is scoped to this studio. */
export interface Caller {
  studioId: string;
  role: StaffRole;
}

/** Where a request came from, as API Gateway saw it; kept as evidence where a client acts online. */
export interface RequestOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  /** The page a browser sent the request from (the Origin header). */
  pageOrigin: string | null;
}

export interface PublicRouteRequest<P, Q, B> {
  path: P;
  query: Q;
  body: B;
  origin: RequestOrigin;
  /** The request's headers by lower-case name, as API Gateway passes them (e.g. a provider's signature). */
  headers: Readonly<Record<string, string | undefined>>;
}

export interface RouteRequest<P, Q, B> extends PublicRouteRequest<P, Q, B> {
  caller: Caller;
}

type Schema = z.ZodType;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
/** What a handler resolves to: what the response schema describes, or `Also`; nothing for a 204. */
type Answer<R, Also = never> = R extends z.ZodType
  ? Promise<z.output<R> | Also>
  : [Also] extends [never]
    ? Promise<void>
    : Promise<Also>;

export interface RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
> {
  summary: string;
  /**
   * The JSON body of a successful answer: the OpenAPI document's response schema, the type the handler must
   * resolve to, and what the integration tests parse every 2xx answer with. Left out when it answers 204.
   */
  response?: R;
  path?: P;
  query?: Q;
  body?: B;
  /** Status of a successful answer; 204 answers without a body. */
  successStatus?: 200 | 201 | 202 | 204;
  /**
   * How the body is encoded: JSON (default), an HTML form (`application/x-www-form-urlencoded`), or raw: the
   * text as sent, for a body whose exact bytes are signed (a payment provider's webhook).
   */
  bodyFormat?: "json" | "form" | "raw";
  /**
   * A CloudWatch metric (namespace Rebook) counting the route's requests by `outcome`: `success`, or the
   * error code that refused the request.
   */
  metric?: string;
  /** A successful answer is JSON of the result. */
  handle: (deps: Dependencies) => (request: RouteRequest<Parsed<P>, Parsed<Q>, Parsed<B>>) => Answer<R>;
}

/**
 * A route outside the staff sign-in (reached without the JWT authorizer): no caller, no roles. Whatever
 * it touches must be authorised by its input itself, e.g. a signed token in the path.
 */
export interface PublicRouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
> extends Omit<RouteSpec<P, Q, B, R>, "handle"> {
  public: true;
  /** The route answers with an HTML page (an `HtmlPage`), and with JSON too where `response` is set. */
  htmlPage?: true;
  /** A larger body is refused before it is read; 8 KB (a handful of fields) unless set. */
  bodyLimitBytes?: number;
  handle: (
    deps: Dependencies,
  ) => (request: PublicRouteRequest<Parsed<P>, Parsed<Q>, Parsed<B>>) => Answer<R, HtmlPage | undefined>;
}

export const isPublicRoute = (spec: RouteSpec | PublicRouteSpec): spec is PublicRouteSpec =>
  "public" in spec && spec.public;

/** Infers each route's request types from its schemas. */
export const route = <
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec => spec as unknown as RouteSpec;

/** An area's routes: exactly the keys admin-routes.ts assigns to it. */
export type AreaRoutes<A extends AdminArea> = Record<AdminRouteKey<A>, RouteSpec>;

/** Infers a public route's request types from its schemas. */
export const publicRoute = <
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
>(
  spec: Omit<PublicRouteSpec<P, Q, B, R>, "public">,
): PublicRouteSpec => ({ ...spec, public: true }) as unknown as PublicRouteSpec;
