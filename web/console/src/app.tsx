import type { FunctionComponent } from "preact";
import { useMemo, useState } from "preact/hooks";
import { createApi, ok, type Schemas } from "./api/client";
import { type App, AppContext, permissionsOf } from "./app-context";
import type { Session } from "./auth/session";
import type { ConsoleConfig } from "./config";
import { formatterFor } from "./format";
import { isLanguage, type Language, type MessageKey, translator } from "./i18n";
import { ClientsPage } from "./pages/clients";
import { MessagesPage } from "./pages/messages";
import { ProjectsPage } from "./pages/projects";
import { ReconnectPage } from "./pages/reconnect";
import { SettingsPage } from "./pages/settings";
import { TemplatesPage } from "./pages/templates";
import { TodayPage } from "./pages/today";
import { href, type Route, useRoute } from "./router";
import { useLoad } from "./ui/hooks";
import { LanguageOptions } from "./ui/parts";

const LANGUAGE_KEY = "rebook.language";

interface Page {
  id: string;
  label: MessageKey;
  view: FunctionComponent<{ route: Route }>;
  /** A page whose every action the role may not take is not offered. */
  offered?: (app: App) => boolean;
}

const pages: Page[] = [
  { id: "today", label: "nav.today", view: TodayPage },
  { id: "clients", label: "nav.clients", view: ClientsPage },
  { id: "reconnect", label: "nav.reconnect", view: ReconnectPage },
  { id: "templates", label: "nav.templates", view: TemplatesPage },
  { id: "projects", label: "nav.projects", view: ProjectsPage },
  { id: "messages", label: "nav.messages", view: MessagesPage },
  {
    id: "settings",
    label: "nav.settings",
    view: SettingsPage,
    offered: ({ can }) => can("PATCH /studio") || can("GET /staff-accounts"),
  },
];

/** The staff member's chosen language, else the studio's. */
const initialLanguage = (studio: Schemas["Studio"]): Language => {
  const chosen = localStorage.getItem(LANGUAGE_KEY) ?? studio.locale.slice(0, 2);
  return isLanguage(chosen) ? chosen : "en";
};

const Shell = ({ app }: { app: App }) => {
  const route = useRoute();
  const { t, session, studio } = app;
  const offered = pages.filter((page) => page.offered?.(app) ?? true);
  const page = offered.find((candidate) => candidate.id === route.path[0]) ?? offered[0]!;
  const View = page.view;
  return (
    <AppContext.Provider value={app}>
      <header class="top">
        <strong class="studio-name">{studio.name}</strong>
        <nav aria-label={t("nav.label")}>
          <ul>
            {offered.map((candidate) => (
              <li key={candidate.id}>
                <a href={href([candidate.id])} aria-current={candidate === page ? "page" : undefined}>
                  {t(candidate.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          <label>
            <span class="visually-hidden">{t("common.language")}</span>
            <select
              value={app.language}
              onChange={(event) => app.setLanguage(event.currentTarget.value as Language)}
            >
              <LanguageOptions />
            </select>
          </label>
          <span data-testid="signed-in-as">
            {session.claims.email} · {t(`role.${session.claims.role}`)}
          </span>
          <button type="button" onClick={session.signOut}>
            {t("common.signOut")}
          </button>
        </div>
      </header>
      <main id="main">
        <View route={route} />
      </main>
    </AppContext.Provider>
  );
};

const SignedIn = (props: { session: Session; api: App["api"]; initialStudio: Schemas["Studio"] }) => {
  const [studio, setStudio] = useState(props.initialStudio);
  const [language, setLanguageState] = useState(() => initialLanguage(props.initialStudio));
  const app = useMemo<App>(
    () => ({
      api: props.api,
      session: props.session,
      studio,
      setStudio,
      language,
      setLanguage: (chosen) => {
        localStorage.setItem(LANGUAGE_KEY, chosen);
        setLanguageState(chosen);
      },
      t: translator(language),
      fmt: formatterFor(studio, language),
      can: permissionsOf(props.session),
    }),
    [props.api, props.session, studio, language],
  );
  document.documentElement.lang = language;
  return <Shell app={app} />;
};

/** Loads the studio once per session: its zone, locale and currency format every page. */
export const ConsoleApp = ({ config, session }: { config: ConsoleConfig; session: Session }) => {
  const api = useMemo(() => createApi(config.apiUrl, session), [config, session]);
  const studio = useLoad(() => ok(api.GET("/studio")), [api]);
  if (studio.error !== undefined) return <p role="alert">{String(studio.error)}</p>;
  return studio.data === undefined ? null : (
    <SignedIn session={session} api={api} initialStudio={studio.data} />
  );
};
