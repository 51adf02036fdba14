import type * as z from "zod";
import type { StaffRole } from "../../../domain/model/staff-account";
import type { Dependencies } from "../../../domain/ports/dependencies";
import type { AdminArea, AdminRouteKey } from "../../http/admin-routes";

/** The authenticated caller: every admin request is scoped to this studio. */
export interface Caller {
  studioId: string;
  role: StaffRole;
}

/** Where a request came from, as API Gateway saw it; kept as evidence where a client acts online. */
export interface RequestOrigin {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface PublicRouteRequest<P, Q, B> {
  path: P;
  query: Q;
  body: B;
  origin: RequestOrigin;
}

export interface RouteRequest<P, Q, B> extends PublicRouteRequest<P, Q, B> {
  caller: Caller;
}

type Schema = z.ZodType;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> {
  summary: string;
  path?: P;
  query?: Q;
  body?: B;
  /** Status of a successful answer; 204 answers without a body. */
  successStatus?: 200 | 201 | 202 | 204;
  /** How the body is encoded: JSON (default), or an HTML form (`application/x-www-form-urlencoded`). */
  bodyFormat?: "json" | "form";
  /** A successful answer is JSON of the result, or the page when the result is an `HtmlPage`. */
  handle: (
    deps: Dependencies,
  ) => (request: RouteRequest<Parsed<P>, Parsed<Q>, Parsed<B>>) => Promise<unknown>;
}

/**
 * A route outside the staff sign-in (reached without the JWT authorizer): no caller, no roles. Whatever
 * it touches must be authorised by its input itself, e.g. a signed token in the path.
 */
export interface PublicRouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> extends Omit<RouteSpec<P, Q, B>, "handle"> {
  public: true;
  handle: (
    deps: Dependencies,
  ) => (request: PublicRouteRequest<Parsed<P>, Parsed<Q>, Parsed<B>>) => Promise<unknown>;
}

export const isPublicRoute = (spec: RouteSpec | PublicRouteSpec): spec is PublicRouteSpec =>
  "public" in spec && spec.public;

/** Infers each route's request types from its schemas. */
export const route = <
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec => spec as unknown as RouteSpec;

/** An area's routes: exactly the keys admin-routes.ts assigns to it. */
export type AreaRoutes<A extends AdminArea> = Record<AdminRouteKey<A>, RouteSpec>;

/** Infers a public route's request types from its schemas. */
export const publicRoute = <
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  spec: Omit<PublicRouteSpec<P, Q, B>, "public">,
): PublicRouteSpec => ({ ...spec, public: true }) as unknown as PublicRouteSpec;
