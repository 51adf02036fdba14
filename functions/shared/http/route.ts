import type * as z from "zod";
import type { Dependencies } from "../../../domain/ports/dependencies";
import type { AdminArea, AdminRouteKey } from "../../http/admin-routes";

export type StaffRole = "owner" | "staff";

/** The authenticated caller: every admin request is scoped to this studio. */
export interface Caller {
  studioId: string;
  role: StaffRole;
}

export interface RouteRequest<P, Q, B> {
  caller: Caller;
  path: P;
  query: Q;
  body: B;
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
  successStatus?: 200 | 201 | 204;
  /** Roles allowed; every role when left out. */
  roles?: readonly StaffRole[];
  handle: (
    deps: Dependencies,
  ) => (request: RouteRequest<Parsed<P>, Parsed<Q>, Parsed<B>>) => Promise<unknown>;
}

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
