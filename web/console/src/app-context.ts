import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { AdminRouteKey } from "../../../functions/http/admin-routes";
import { mayCall } from "../../../functions/http/permissions";
import type { Api, Schemas } from "./api/client";
import type { Session } from "./auth/session";
import type { Formatter } from "./format";
import type { Language, Translate } from "./i18n";

export interface App {
  api: Api;
  session: Session;
  studio: Schemas["Studio"];
  setStudio: (studio: Schemas["Studio"]) => void;
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  fmt: Formatter;
  /** Whether the signed-in role may call a route: the API's own permission table decides what is offered. */
  can: (route: AdminRouteKey) => boolean;
}

export const AppContext = createContext<App | null>(null);

export const useApp = (): App => useContext(AppContext)!;

export const permissionsOf = (session: Session) => (route: AdminRouteKey) =>
  mayCall(session.claims.role, route);
