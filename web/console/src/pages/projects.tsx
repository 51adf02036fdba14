import { useState } from "preact/hooks";
import { ok, type Schemas } from "../api/client";
import type { paths } from "../api/schema";
import { useApp } from "../app-context";
import { href, type Route } from "../router";
import { SelectField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, Loaded } from "../ui/parts";
import { MessagePreviews, renderTemplates, SendActions } from "./message-previews";

type Status = Schemas["Project"]["status"];
type ChannelPolicy = NonNullable<
  paths["/messages/send-requests"]["post"]["requestBody"]
>["content"]["application/json"]["channelPolicy"];
const STATUSES: Status[] = ["request", "running", "paused", "completed", "closed"];
const CHANNEL_POLICIES: ChannelPolicy[] = ["sms_else_email", "email", "sms", "both"];

/**
 * Projects by status, with the contact counter, a broadcast to the selected projects' clients and a bulk
 * close. The API closes one project per request (there is no bulk route yet), so closing N selected projects
 * is N PATCH requests.
 */
export const ProjectsPage = ({ route }: { route: Route }) => {
  const { api, t, fmt, can } = useApp();
  const status = (route.query.get("status") ?? "request") as Status;
  const projects = useLoad(
    () => ok(api.GET("/projects", { params: { query: { status, limit: 100 } } })),
    [api, status],
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [broadcasting, setBroadcasting] = useState(false);
  const action = useAction();
  const mayChange = can("PATCH /projects/{projectId}");
  const selectable = mayChange || can("POST /messages/send-requests");
  const change = (run: () => Promise<unknown>) =>
    action.run(run).then((done) => {
      if (done) setChosen(new Set());
      projects.reload();
    });
  const setStatus = (projectIds: Iterable<string>, next: Status) =>
    change(() =>
      Promise.all(
        [...projectIds].map((projectId) =>
          ok(api.PATCH("/projects/{projectId}", { params: { path: { projectId } }, body: { status: next } })),
        ),
      ),
    );
  const toggle = (projectId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(projectId);
    else next.delete(projectId);
    setChosen(next);
  };
  return (
    <section aria-labelledby="projects-title">
      <div class="toolbar">
        <h1 id="projects-title">{t("nav.projects")}</h1>
        {can("POST /messages/send-requests") && (
          <button type="button" disabled={chosen.size === 0} onClick={() => setBroadcasting(true)}>
            {t("projects.broadcastSelected", { count: chosen.size })}
          </button>
        )}
        {mayChange && status !== "closed" && (
          <button
            type="button"
            class="danger"
            disabled={chosen.size === 0 || action.busy}
            onClick={() => setStatus(chosen, "closed")}
          >
            {t("projects.closeSelected", { count: chosen.size })}
          </button>
        )}
      </div>
      <nav aria-label={t("projects.byStatus")} class="tabs">
        {STATUSES.map((candidate) => (
          <a
            key={candidate}
            href={href(["projects"], { status: candidate })}
            aria-current={candidate === status ? "page" : undefined}
          >
            {t(`projectStatus.${candidate}`)}
          </a>
        ))}
      </nav>
      <ErrorNote error={action.error} />
      <Loaded state={projects}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t("common.none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  {selectable && <th scope="col">{t("projects.select")}</th>}
                  <th scope="col">{t("projects.title")}</th>
                  <th scope="col">{t("projects.client")}</th>
                  <th scope="col">{t("projects.deposit")}</th>
                  <th scope="col">{t("projects.contacts")}</th>
                  <th scope="col">{t("projects.lastContact")}</th>
                  <th scope="col">{t("appointment.status")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((project) => (
                  <tr key={project.id} data-testid="project">
                    {selectable && (
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t("projects.selectOne", { title: project.title })}
                          checked={chosen.has(project.id)}
                          onChange={(event) => toggle(project.id, event.currentTarget.checked)}
                        />
                      </td>
                    )}
                    <td>{project.title}</td>
                    <td>
                      <a href={href(["clients", project.clientId])}>{t("projects.openCard")}</a>
                    </td>
                    <td>
                      {fmt.money(project.depositAmount)}{" "}
                      {project.depositPaid ? t("projects.paid") : t("projects.unpaid")}
                    </td>
                    <td>
                      {fmt.number(project.contactCount)}{" "}
                      {can("POST /projects/{projectId}/contacts") && (
                        <button
                          type="button"
                          disabled={action.busy}
                          onClick={() =>
                            change(() =>
                              ok(
                                api.POST("/projects/{projectId}/contacts", {
                                  params: { path: { projectId: project.id } },
                                }),
                              ),
                            )
                          }
                        >
                          {t("projects.recordContact")}
                        </button>
                      )}
                    </td>
                    <td>{project.lastContactAt === null ? "–" : fmt.date(project.lastContactAt)}</td>
                    <td>
                      {mayChange ? (
                        <select
                          aria-label={t("projects.statusOf", { title: project.title })}
                          value={project.status}
                          disabled={action.busy}
                          onChange={(event) => setStatus([project.id], event.currentTarget.value as Status)}
                        >
                          {STATUSES.map((candidate) => (
                            <option key={candidate} value={candidate}>
                              {t(`projectStatus.${candidate}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`projectStatus.${project.status}`)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {broadcasting && projects.data !== undefined && (
        <BroadcastDialog
          clientIds={projects.data.items
            .filter((project) => chosen.has(project.id))
            .map((project) => project.clientId)}
          onClose={() => setBroadcasting(false)}
        />
      )}
    </section>
  );
};

/**
 * The studio's broadcast template to the clients of the selected projects (each once), previewed per channel
 * first. One request id per dialog: pressing send again queues nothing new.
 */
const BroadcastDialog = (props: { clientIds: readonly string[]; onClose: () => void }) => {
  const { api, t, language } = useApp();
  const clientIds = [...new Set(props.clientIds)];
  const [requestId] = useState(() => crypto.randomUUID());
  const [channelPolicy, setChannelPolicy] = useState<ChannelPolicy>("sms_else_email");
  const [result, setResult] = useState<Schemas["SendRequestResult"] | null>(null);
  const action = useAction();
  const rendered = useLoad(() => renderTemplates(api, language, "broadcast"), [api, language]);
  const send = () =>
    action.run(async () =>
      setResult(
        await ok(
          api.POST("/messages/send-requests", {
            body: { requestId, clientIds, templatePurpose: "broadcast", channelPolicy },
          }),
        ),
      ),
    );
  return (
    <Dialog title={t("projects.broadcast")} onClose={props.onClose}>
      <p data-testid="broadcast-recipients">{t("reconnect.recipients", { count: clientIds.length })}</p>
      <SelectField
        label={t("reconnect.channelPolicy")}
        value={channelPolicy}
        disabled={result !== null}
        onValue={(policy) => setChannelPolicy(policy as ChannelPolicy)}
      >
        {CHANNEL_POLICIES.map((policy) => (
          <option key={policy} value={policy}>
            {t(`policy.${policy}`)}
          </option>
        ))}
      </SelectField>
      <Loaded state={rendered}>{(loaded) => <MessagePreviews rendered={loaded} />}</Loaded>
      {result !== null && (
        <p role="status" data-testid="broadcast-result">
          {t("reconnect.contacted", { contacted: result.queued, skipped: result.skipped })}{" "}
          {result.skipped > 0 && <a href={href(["messages"], { status: "skipped" })}>{t("nav.messages")}</a>}
        </p>
      )}
      <ErrorNote error={action.error} />
      <SendActions sent={result !== null} disabled={action.busy} onSend={send} onClose={props.onClose} />
    </Dialog>
  );
};
