import { useState } from "preact/hooks";
import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { href, type Route } from "../router";
import { CheckboxField, InputField, SelectField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, Loaded } from "../ui/parts";
import { MessagePreviews, renderTemplates, SendActions } from "./message-previews";
import { OverviewCharts } from "./reconnect-overview";

type Tab = Schemas["ReconnectClientList"]["tab"];
const TABS: Tab[] = ["reachable", "unreachable", "booked", "first_sent", "second_sent", "reconnected"];

/** `#/reconnect`: categories, settings, the 3-month overview; `#/reconnect/{categoryId}`: its tabs. */
export const ReconnectPage = ({ route }: { route: Route }) => {
  const categoryId = route.path[1];
  return categoryId === undefined ? (
    <ReconnectHome />
  ) : (
    <CategoryTabs categoryId={categoryId} tab={(route.query.get("tab") ?? "reachable") as Tab} />
  );
};

const ReconnectHome = () => {
  const { api, t, fmt } = useApp();
  const categories = useLoad(() => ok(api.GET("/reconnect/categories")), [api]);
  return (
    <section aria-labelledby="reconnect-title">
      <h1 id="reconnect-title">{t("nav.reconnect")}</h1>
      <Loaded state={categories}>
        {(overdue) => (
          <>
            <p>{t("reconnect.totalOverdue", { count: fmt.number(overdue.totalOverdue) })}</p>
            <ul class="tiles">
              {overdue.items.map((category) => (
                <li key={category.categoryId}>
                  <a href={href(["reconnect", category.categoryId])}>
                    <strong>{category.name}</strong>
                    <span class="count">
                      {t("reconnect.overdueCount", { count: fmt.number(category.overdueCount) })}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
      <OverviewCharts />
      <ReconnectSettings />
    </section>
  );
};

const CategoryTabs = ({ categoryId, tab }: { categoryId: string; tab: Tab }) => {
  const { api, t, fmt, can } = useApp();
  const [contacting, setContacting] = useState(false);
  const action = useAction();
  const path = { categoryId };
  const list = useLoad(
    () =>
      ok(
        api.GET("/reconnect/categories/{categoryId}/clients", {
          params: { path, query: { tab, limit: 100 } },
        }),
      ),
    [api, categoryId, tab],
  );
  const setSending = (clientId: string, send: boolean) =>
    action
      .run(() =>
        ok(
          api.PUT("/reconnect/categories/{categoryId}/clients/{clientId}/excluded", {
            params: { path: { categoryId, clientId } },
            body: { enabled: !send },
          }),
        ),
      )
      .then((done) => done && list.reload());
  const mayToggle = can("PUT /reconnect/categories/{categoryId}/clients/{clientId}/excluded");
  return (
    <section aria-labelledby="category-title">
      <div class="toolbar">
        <h1 id="category-title">{list.data?.category.name ?? t("nav.reconnect")}</h1>
        <a href={href(["reconnect"])}>{t("reconnect.back")}</a>
        {can("POST /reconnect/categories/{categoryId}/contact") && (
          <button type="button" class="primary" onClick={() => setContacting(true)}>
            {t("reconnect.contact")}
          </button>
        )}
      </div>
      <nav aria-label={t("reconnect.tabs")} class="tabs">
        {TABS.map((candidate) => (
          <a
            key={candidate}
            href={href(["reconnect", categoryId], { tab: candidate })}
            aria-current={candidate === tab ? "page" : undefined}
          >
            {t(`tab.${candidate}`)}
          </a>
        ))}
      </nav>
      <ErrorNote error={action.error} />
      <Loaded state={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t("common.none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("clients.field.name")}</th>
                  <th scope="col">{t("reconnect.status")}</th>
                  <th scope="col">{t("reconnect.lastVisit")}</th>
                  <th scope="col">{t("reconnect.overdueSince")}</th>
                  {tab === "reconnected" && <th scope="col">{t("reconnect.revenue")}</th>}
                  <th scope="col">{t("reconnect.send")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.clientId}>
                    <td>
                      <a href={href(["clients", item.clientId])}>{item.name ?? item.clientId}</a>
                    </td>
                    <td>
                      {item.statusText}
                      {item.booking !== null &&
                        ` · ${item.booking.serviceName} ${fmt.dateTime(item.booking.startsAt)}`}
                    </td>
                    <td>{item.lastVisitAt === null ? "–" : fmt.date(item.lastVisitAt)}</td>
                    <td>{item.overdueSince === null ? "–" : fmt.date(item.overdueSince)}</td>
                    {tab === "reconnected" && <td>{fmt.money(item.revenue)}</td>}
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t("reconnect.sendTo", { name: item.name ?? item.clientId })}
                        checked={!item.excluded}
                        disabled={!mayToggle || action.busy}
                        onChange={(event) => setSending(item.clientId, event.currentTarget.checked)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {contacting && (
        <ContactDialog
          categoryId={categoryId}
          onClose={() => setContacting(false)}
          onSent={() => list.reload()}
        />
      )}
    </section>
  );
};

/**
 * "Contact overdue clients": the first message as each channel would send it, and how many clients the
 * reachable tab holds, before anything is queued.
 */
const ContactDialog = (props: { categoryId: string; onClose: () => void; onSent: () => void }) => {
  const { api, t, language } = useApp();
  const action = useAction();
  const [result, setResult] = useState<Schemas["ContactResult"] | null>(null);
  const preview = useLoad(async () => {
    const [rendered, settings, reachable] = await Promise.all([
      renderTemplates(api, language, "reconnect_first", props.categoryId),
      ok(api.GET("/reconnect/settings")),
      ok(
        api.GET("/reconnect/categories/{categoryId}/clients", {
          params: { path: { categoryId: props.categoryId }, query: { tab: "reachable", limit: 100 } },
        }),
      ),
    ]);
    return {
      policy: settings.channelPolicy,
      recipients: reachable.items.filter((item) => !item.excluded).length,
      more: reachable.nextCursor !== null,
      rendered,
    };
  }, [api, props.categoryId, language]);
  const send = () =>
    action.run(async () => {
      setResult(
        await ok(
          api.POST("/reconnect/categories/{categoryId}/contact", {
            params: { path: { categoryId: props.categoryId } },
          }),
        ),
      );
      props.onSent();
    });
  return (
    <Dialog title={t("reconnect.contact")} onClose={props.onClose}>
      <Loaded state={preview}>
        {(loaded) => (
          <>
            <p data-testid="recipients">
              {t("reconnect.recipients", { count: `${loaded.recipients}${loaded.more ? "+" : ""}` })} ·{" "}
              {t("reconnect.channelPolicy")}: {t(`policy.${loaded.policy}`)}
            </p>
            <MessagePreviews rendered={loaded.rendered} />
          </>
        )}
      </Loaded>
      {result !== null && (
        <p role="status" data-testid="contact-result">
          {t("reconnect.contacted", { contacted: result.contacted, skipped: result.skipped })}
        </p>
      )}
      <ErrorNote error={action.error} />
      <SendActions
        sent={result !== null}
        disabled={action.busy || preview.data === undefined}
        onSend={send}
        onClose={props.onClose}
      />
    </Dialog>
  );
};

const ReconnectSettings = () => {
  const { api, t, can } = useApp();
  const settings = useLoad(() => ok(api.GET("/reconnect/settings")), [api]);
  const action = useAction();
  const editable = can("PUT /reconnect/settings");
  return (
    <section aria-labelledby="reconnect-settings-title" class="panel">
      <h2 id="reconnect-settings-title">{t("reconnect.settings")}</h2>
      <Loaded state={settings}>
        {(loaded) => (
          <form
            class="compact"
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              void action.run(() =>
                ok(
                  api.PUT("/reconnect/settings", {
                    body: {
                      followUpDelayDays: Number(data.get("followUpDelayDays")),
                      reconnectionWindowDays: Number(data.get("reconnectionWindowDays")),
                      channelPolicy: data.get("channelPolicy") as typeof loaded.channelPolicy,
                      automaticFirstSend: data.get("automaticFirstSend") === "on",
                    },
                  }),
                ),
              );
            }}
          >
            <fieldset disabled={!editable}>
              {(["followUpDelayDays", "reconnectionWindowDays"] as const).map((name) => (
                <InputField
                  key={name}
                  label={t(`reconnect.${name}`)}
                  name={name}
                  type="number"
                  min={1}
                  max={365}
                  required
                  value={loaded[name]}
                />
              ))}
              <SelectField
                label={t("reconnect.channelPolicy")}
                name="channelPolicy"
                value={loaded.channelPolicy}
              >
                {(["sms_else_email", "email", "sms", "both"] as const).map((policy) => (
                  <option key={policy} value={policy}>
                    {t(`policy.${policy}`)}
                  </option>
                ))}
              </SelectField>
              <CheckboxField
                label={t("reconnect.automaticFirstSend")}
                name="automaticFirstSend"
                checked={loaded.automaticFirstSend}
              />
              {editable && (
                <button type="submit" disabled={action.busy}>
                  {t("common.save")}
                </button>
              )}
            </fieldset>
            <ErrorNote error={action.error} />
          </form>
        )}
      </Loaded>
    </section>
  );
};
