import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { href, type Route } from "../router";
import { useLoad } from "../ui/hooks";
import { Loaded } from "../ui/parts";

type Status = Schemas["Message"]["status"];
/** Failures first: they are what someone has to look at. */
const STATUSES: Status[] = ["failed", "skipped", "queued", "sending", "sent"];

/** `#/messages?status=failed&client=…`: the outbox by status, optionally of one client. */
export const MessagesPage = ({ route }: { route: Route }) => {
  const { api, t, fmt } = useApp();
  const status = (route.query.get("status") ?? "failed") as Status;
  const clientId = route.query.get("client");
  const messages = useLoad(
    () => ok(api.GET("/messages", { params: { query: { status, clientId, limit: 100 } } })),
    [api, status, clientId],
  );
  const filter = (query: { status: string }) =>
    href(["messages"], clientId === null ? query : { ...query, client: clientId });
  return (
    <section aria-labelledby="messages-title">
      <div class="toolbar">
        <h1 id="messages-title">{t("nav.messages")}</h1>
        {clientId !== null && (
          <>
            <a href={href(["clients", clientId])}>{t("messages.ofClient")}</a>
            <a href={href(["messages"], { status })}>{t("messages.allClients")}</a>
          </>
        )}
      </div>
      <nav aria-label={t("messages.byStatus")} class="tabs">
        {STATUSES.map((candidate) => (
          <a
            key={candidate}
            href={filter({ status: candidate })}
            aria-current={candidate === status ? "page" : undefined}
          >
            {t(`messageStatus.${candidate}`)}
          </a>
        ))}
      </nav>
      <Loaded state={messages}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t("common.none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("messages.created")}</th>
                  <th scope="col">{t("messages.client")}</th>
                  <th scope="col">{t("card.channel")}</th>
                  <th scope="col">{t("messages.purpose")}</th>
                  <th scope="col">{t("messages.reason")}</th>
                  <th scope="col">{t("messages.content")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((message) => (
                  <tr key={message.id}>
                    <td>{fmt.dateTime(message.createdAt)}</td>
                    <td>
                      <a href={href(["messages"], { status, client: message.clientId })}>
                        {message.address ?? message.clientId}
                      </a>
                    </td>
                    <td>{t(`channel.${message.channel}`)}</td>
                    <td>{t(`templatePurpose.${message.templatePurpose}`)}</td>
                    <td>{message.failureReason ?? message.skipReason ?? message.reason ?? "–"}</td>
                    <td>
                      {message.subject !== null && <strong>{message.subject} </strong>}
                      <span class="excerpt">{message.body}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
};
