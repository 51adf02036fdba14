import { useState } from "preact/hooks";
import { ApiError, ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import type { Language } from "../i18n";
import { href, navigate } from "../router";
import { CheckboxField, InputField, SelectField, TextAreaField } from "../ui/fields";
import { useAction, useFields, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, FormActions, LanguageOptions, Loaded } from "../ui/parts";
import { NameAndContactFields } from "./client-fields";

type Card = Schemas["ClientCard"];
type ClientAppointment = Schemas["ClientAppointment"];

/** The card: data, reliability with the measures taken, statistics, history, consent, blocks and GDPR. */
export const ClientCard = ({ clientId }: { clientId: string }) => {
  const { api, t } = useApp();
  const path = { params: { path: { clientId } } };
  const card = useLoad(
    () => ok(api.GET("/clients/{clientId}/card", { params: { ...path.params, query: { limit: 10 } } })),
    [api, clientId],
  );
  return (
    <Loaded state={card}>
      {(loaded) => (
        <article aria-labelledby="card-title" class="card">
          <div class="toolbar">
            <h1 id="card-title">
              {loaded.client.firstName} {loaded.client.lastName}
            </h1>
            <Reliability card={loaded} />
          </div>
          {loaded.client.erasedAt !== null && <p class="notice">{t("card.erased")}</p>}
          <div class="panels">
            <ClientData client={loaded.client} onChanged={card.reload} />
            <Statistics card={loaded} />
            <Appointments title={t("card.upcoming")} items={loaded.upcomingAppointments} />
            <History clientId={clientId} card={loaded} />
            <Consents clientId={clientId} />
            <NoShowMeasures clientId={clientId} card={loaded} onChanged={card.reload} />
            <Blocks client={loaded.client} onChanged={card.reload} />
            <Gdpr client={loaded.client} />
          </div>
        </article>
      )}
    </Loaded>
  );
};

const Reliability = ({ card }: { card: Card }) => {
  const { t } = useApp();
  const { reliability, client } = card;
  const measures = [
    client.blacklisted && t("card.blacklisted"),
    client.onlineBookingBlocked && t("card.onlineBookingBlocked"),
    card.noShowMeasures.bannedOnline && t("measure.online_ban"),
  ].filter(Boolean);
  return (
    <p class="reliability" data-testid="reliability" data-colour={reliability.colour}>
      <span class="dot" aria-hidden="true" />
      {t(`reliability.${reliability.colour}`)}
      {reliability.score !== null && ` · ${reliability.score}/100`} ·{" "}
      {t("card.reliabilityCounts", {
        attended: reliability.attended,
        noShows: reliability.noShows,
        late: reliability.lateCancellations,
      })}
      {measures.length > 0 && ` · ${t("card.measures")}: ${measures.join(", ")}`}
    </p>
  );
};

const ClientData = ({ client, onChanged }: { client: Schemas["Client"]; onChanged: () => void }) => {
  const { t, fmt, can } = useApp();
  const [editing, setEditing] = useState(false);
  const address = [client.address.street, client.address.postcode, client.address.city]
    .filter(Boolean)
    .join(", ");
  const rows: [string, string][] = [
    [t("clients.field.phone"), client.phone ?? "–"],
    [t("clients.field.email"), client.email ?? "–"],
    [t("card.birthday"), client.birthday === null ? "–" : fmt.date(`${client.birthday}T12:00:00Z`)],
    [t("card.address"), address || "–"],
    [t("clients.field.tag"), client.tags.join(", ") || "–"],
    [t("card.language"), client.language?.toUpperCase() ?? "–"],
    [t("card.clientSince"), fmt.date(`${client.clientSince}T12:00:00Z`)],
    [t("appointment.notes"), client.notes || "–"],
  ];
  return (
    <section class="panel" aria-labelledby="data-title">
      <h2 id="data-title">{t("card.data")}</h2>
      <dl class="facts">
        {rows.map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      {can("PATCH /clients/{clientId}") && client.erasedAt === null && (
        <button type="button" onClick={() => setEditing(true)}>
          {t("card.edit")}
        </button>
      )}
      {editing && (
        <ClientDataDialog
          client={client}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
};

/** Empty text fields are sent as null (no phone, no birthday), tags as a comma-separated list. */
const nullIfEmpty = (value: string) => (value.trim() === "" ? null : value.trim());

const ClientDataDialog = (props: { client: Schemas["Client"]; onClose: () => void; onSaved: () => void }) => {
  const { api, t } = useApp();
  const { client } = props;
  const action = useAction();
  const { values, field } = useFields({
    firstName: client.firstName,
    lastName: client.lastName,
    phone: client.phone ?? "",
    email: client.email ?? "",
    birthday: client.birthday ?? "",
    street: client.address.street ?? "",
    postcode: client.address.postcode ?? "",
    city: client.address.city ?? "",
    tags: client.tags.join(", "),
    language: client.language ?? "",
    notes: client.notes,
  });
  // Another client has this phone or email: saved only once the staff member says it is a different person.
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const duplicate = action.error instanceof ApiError && action.error.code === "CLIENT.DUPLICATE";
  const save = () =>
    action.run(() =>
      ok(
        api.PATCH("/clients/{clientId}", {
          params: { path: { clientId: client.id } },
          body: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            phone: nullIfEmpty(values.phone),
            email: nullIfEmpty(values.email),
            birthday: nullIfEmpty(values.birthday),
            address: {
              street: nullIfEmpty(values.street),
              postcode: nullIfEmpty(values.postcode),
              city: nullIfEmpty(values.city),
            },
            tags: values.tags
              .split(",")
              .map((tag) => tag.trim())
              .filter(Boolean),
            language: values.language === "" ? null : (values.language as Language),
            notes: values.notes,
            allowDuplicate,
          },
        }),
      ),
    );
  return (
    <Dialog title={t("card.edit")} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save().then((done) => done && props.onSaved());
        }}
      >
        <NameAndContactFields field={field} />
        <InputField label={t("card.birthday")} type="date" {...field("birthday")} />
        <InputField label={t("card.street")} maxLength={200} {...field("street")} />
        <InputField label={t("card.postcode")} maxLength={20} {...field("postcode")} />
        <InputField label={t("card.city")} maxLength={100} {...field("city")} />
        <InputField label={t("card.tagsList")} {...field("tags")} />
        <SelectField label={t("card.language")} {...field("language")}>
          <option value="">{t("card.studioLanguage")}</option>
          <LanguageOptions />
        </SelectField>
        <TextAreaField label={t("appointment.notes")} maxLength={5000} {...field("notes")} />
        {(duplicate || allowDuplicate) && (
          <CheckboxField
            label={t("card.allowDuplicate")}
            checked={allowDuplicate}
            onChecked={setAllowDuplicate}
          />
        )}
        <ErrorNote error={action.error} />
        <FormActions submitLabel={t("common.save")} busy={action.busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
};

const Statistics = ({ card }: { card: Card }) => {
  const { t, fmt } = useApp();
  const { statistics } = card;
  const rows: [string, string][] = [
    [t("card.attendedVisits"), fmt.number(statistics.attendedVisits)],
    [t("card.totalSpend"), fmt.money(statistics.totalSpend)],
    [t("card.averageSpend"), statistics.averageSpend === null ? "–" : fmt.money(statistics.averageSpend)],
    [
      t("card.visitsPerMonth"),
      statistics.visitsPerMonth === null ? "–" : fmt.number(statistics.visitsPerMonth),
    ],
    [t("card.lastVisit"), statistics.lastVisitAt === null ? "–" : fmt.date(statistics.lastVisitAt)],
    [
      t("card.nextAppointment"),
      statistics.nextAppointmentAt === null ? "–" : fmt.dateTime(statistics.nextAppointmentAt),
    ],
    [t("card.trend"), t(`trend.${statistics.trend}`)],
    [t("card.missed"), fmt.number(card.missedAppointments)],
    [t("card.cancelled"), fmt.number(card.cancelledAppointments)],
    [
      t("card.services"),
      statistics.servicesUsed.map((used) => `${used.serviceName} × ${used.count}`).join(", ") || "–",
    ],
  ];
  return (
    <section class="panel" aria-labelledby="statistics-title">
      <h2 id="statistics-title">{t("card.statistics")}</h2>
      <dl class="facts">
        {rows.map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
    </section>
  );
};

const Appointments = ({ title, items }: { title: string; items: ClientAppointment[] }) => {
  const { t, fmt } = useApp();
  return (
    <section class="panel" aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="plain">
          {items.map((item) => (
            <li key={item.id} data-status={item.status}>
              {fmt.dateTime(item.startsAt)} · {item.serviceName} · {item.staffName ?? "–"} ·{" "}
              {fmt.money(item.price)} · {t(`status.${item.status}`)}
              {item.lateCancellation && ` (${t("appointment.late")})`}
              {item.noShowReason !== null && ` · ${item.noShowReason}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

/** Past appointments: the card's first page, then further pages on request. */
const History = ({ clientId, card }: { clientId: string; card: Card }) => {
  const { api, t } = useApp();
  const [items, setItems] = useState(card.pastAppointments);
  const [cursor, setCursor] = useState(card.pastCursor);
  const action = useAction();
  const more = () =>
    action.run(async () => {
      const page = await ok(
        api.GET("/clients/{clientId}/appointments", {
          params: { path: { clientId }, query: { cursor, limit: 25 } },
        }),
      );
      setItems([...items, ...page.items]);
      setCursor(page.nextCursor);
    });
  return (
    <div>
      <Appointments title={t("card.history")} items={items} />
      {cursor !== null && (
        <button type="button" disabled={action.busy} onClick={more}>
          {t("common.more")}
        </button>
      )}
      <ErrorNote error={action.error} />
    </div>
  );
};

const Consents = ({ clientId }: { clientId: string }) => {
  const { api, t, fmt, can } = useApp();
  const consents = useLoad(
    () => ok(api.GET("/clients/{clientId}/consents", { params: { path: { clientId } } })),
    [api, clientId],
  );
  const action = useAction();
  const [draft, setDraft] = useState({
    channel: "email" as "email" | "sms",
    purpose: "marketing" as "marketing" | "transactional",
    granted: true,
    evidence: "",
  });
  return (
    <section class="panel" aria-labelledby="consent-title">
      <h2 id="consent-title">{t("card.consent")}</h2>
      <Loaded state={consents}>
        {(history) => (
          <>
            <table>
              <caption class="visually-hidden">{t("card.consentCurrent")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("card.channel")}</th>
                  <th scope="col">{t("purpose.marketing")}</th>
                  <th scope="col">{t("purpose.transactional")}</th>
                </tr>
              </thead>
              <tbody>
                {(["email", "sms"] as const).map((channel) => (
                  <tr key={channel}>
                    <th scope="row">{t(`channel.${channel}`)}</th>
                    {(["marketing", "transactional"] as const).map((purpose) => (
                      <td key={purpose}>
                        {history.current[channel][purpose].granted ? t("common.yes") : t("common.no")}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t("card.consentLedger")}</h3>
            <ul class="plain">
              {history.entries.map((entry) => (
                <li key={entry.id}>
                  {fmt.dateTime(entry.at)} · {t(`channel.${entry.channel}`)} · {t(`purpose.${entry.purpose}`)}{" "}
                  · {entry.granted ? t("card.granted") : t("card.withdrawn")} ·{" "}
                  {t(`consentSource.${entry.source}`)}
                  {entry.evidence.text !== null && ` · „${entry.evidence.text}“`}
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
      {can("POST /clients/{clientId}/consents") && (
        <form
          class="compact"
          onSubmit={(event) => {
            event.preventDefault();
            void action
              .run(() =>
                ok(
                  api.POST("/clients/{clientId}/consents", {
                    params: { path: { clientId } },
                    body: {
                      channel: draft.channel,
                      purpose: draft.purpose,
                      granted: draft.granted,
                      source: "paper_form",
                      evidence: {
                        text: draft.evidence === "" ? null : draft.evidence,
                        ipAddress: null,
                        userAgent: null,
                      },
                    },
                  }),
                ),
              )
              .then((done) => done && consents.reload());
          }}
        >
          <h3>{t("card.recordConsent")}</h3>
          <SelectField
            label={t("card.channel")}
            value={draft.channel}
            onValue={(channel) => setDraft({ ...draft, channel: channel as "email" | "sms" })}
          >
            <option value="email">{t("channel.email")}</option>
            <option value="sms">{t("channel.sms")}</option>
          </SelectField>
          <SelectField
            label={t("card.purpose")}
            value={draft.purpose}
            onValue={(purpose) => setDraft({ ...draft, purpose: purpose as "marketing" | "transactional" })}
          >
            <option value="marketing">{t("purpose.marketing")}</option>
            <option value="transactional">{t("purpose.transactional")}</option>
          </SelectField>
          <CheckboxField
            label={t("card.granted")}
            checked={draft.granted}
            onChecked={(granted) => setDraft({ ...draft, granted })}
          />
          <InputField
            label={t("card.evidence")}
            value={draft.evidence}
            onValue={(evidence) => setDraft({ ...draft, evidence })}
          />
          <button type="submit" disabled={action.busy}>
            {t("card.recordConsent")}
          </button>
          <ErrorNote error={action.error} />
        </form>
      )}
    </section>
  );
};

/**
 * What the escalation ladder and staff did about no-shows (notices, warnings, bans and their lifting), the
 * online-booking ban in force, and the studio's blocks this client matches; a ban or its lifting needs a
 * reason, which the client is told.
 */
const NoShowMeasures = (props: { clientId: string; card: Card; onChanged: () => void }) => {
  const { api, t, fmt, can } = useApp();
  const { noShowMeasures, blocks } = props.card;
  const action = useAction();
  const [reason, setReason] = useState("");
  const banned = noShowMeasures.bannedOnline;
  return (
    <section class="panel" aria-labelledby="measures-title">
      <h2 id="measures-title">{t("card.noShowMeasures")}</h2>
      <p data-testid="online-ban">
        {banned
          ? t("card.bannedOnline", {
              until:
                noShowMeasures.onlineBan?.until === null || noShowMeasures.onlineBan === null
                  ? t("card.forGood")
                  : fmt.date(noShowMeasures.onlineBan.until),
            })
          : t("card.notBannedOnline")}
      </p>
      {noShowMeasures.measures.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="plain">
          {noShowMeasures.measures.map((measure) => (
            <li key={measure.key}>
              {fmt.date(measure.at)} · {t(`measure.${measure.kind}`)} ·{" "}
              {measure.by === "ladder" ? t("card.byLadder") : t("card.byStaff")}
              {measure.reason !== null && ` · ${measure.reason}`}
              {measure.until !== null && ` · ${t("card.until", { date: fmt.date(measure.until) })}`}
              {measure.undoneAt !== null && ` · ${t("card.undone", { date: fmt.date(measure.undoneAt) })}`}
            </li>
          ))}
        </ul>
      )}
      {blocks.length > 0 && (
        <>
          <h3>{t("card.matchingBlocks")}</h3>
          <ul class="plain">
            {blocks.map((block) => (
              <li key={`${block.kind}-${block.value}`}>
                {t(`blockKind.${block.kind}`)}: {block.value} · {block.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {can("PUT /clients/{clientId}/online-ban") && (
        <form
          class="compact"
          onSubmit={(event) => {
            event.preventDefault();
            void action
              .run(() =>
                ok(
                  api.PUT("/clients/{clientId}/online-ban", {
                    params: { path: { clientId: props.clientId } },
                    body: { banned: !banned, reason: reason.trim() },
                  }),
                ),
              )
              .then((done) => {
                if (!done) return;
                setReason("");
                props.onChanged();
              });
          }}
        >
          <InputField
            label={t("card.banReason")}
            required
            maxLength={300}
            value={reason}
            onValue={setReason}
          />
          <button type="submit" class={banned ? undefined : "danger"} disabled={action.busy}>
            {banned ? t("card.liftBan") : t("card.banOnline")}
          </button>
          <ErrorNote error={action.error} />
        </form>
      )}
    </section>
  );
};

const Blocks = ({ client, onChanged }: { client: Schemas["Client"]; onChanged: () => void }) => {
  const { api, t, can } = useApp();
  const action = useAction();
  const path = { params: { path: { clientId: client.id } } };
  const toggles = [
    {
      label: t("card.blacklisted"),
      enabled: client.blacklisted,
      offered: can("PUT /clients/{clientId}/blacklist"),
      set: (enabled: boolean) => ok(api.PUT("/clients/{clientId}/blacklist", { ...path, body: { enabled } })),
    },
    {
      label: t("card.onlineBookingBlocked"),
      enabled: client.onlineBookingBlocked,
      offered: can("PUT /clients/{clientId}/online-booking-block"),
      set: (enabled: boolean) =>
        ok(api.PUT("/clients/{clientId}/online-booking-block", { ...path, body: { enabled } })),
    },
  ].filter((toggle) => toggle.offered);
  if (toggles.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="blocks-title">
      <h2 id="blocks-title">{t("card.blocks")}</h2>
      {toggles.map((toggle) => (
        <CheckboxField
          key={toggle.label}
          label={toggle.label}
          checked={toggle.enabled}
          disabled={action.busy}
          onChecked={(enabled) => {
            void action.run(() => toggle.set(enabled)).then((done) => done && onChanged());
          }}
        />
      ))}
      <ErrorNote error={action.error} />
    </section>
  );
};

/** Export as a JSON download; erasure only after the client's full name is typed. */
const Gdpr = ({ client }: { client: Schemas["Client"] }) => {
  const { api, t, can } = useApp();
  const action = useAction();
  const [erasing, setErasing] = useState(false);
  const [typed, setTyped] = useState("");
  const fullName = `${client.firstName} ${client.lastName}`;
  const path = { params: { path: { clientId: client.id } } };
  const download = () =>
    action.run(async () => {
      const data = await ok(api.GET("/clients/{clientId}/export", path));
      const link = document.createElement("a");
      link.href = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
      );
      link.download = `client-${client.id}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  const offersExport = can("GET /clients/{clientId}/export");
  const offersErase = can("DELETE /clients/{clientId}") && client.erasedAt === null;
  if (!offersExport && !offersErase) return null;
  return (
    <section class="panel" aria-labelledby="gdpr-title">
      <h2 id="gdpr-title">{t("card.gdpr")}</h2>
      {offersExport && (
        <button type="button" disabled={action.busy} onClick={download}>
          {t("card.export")}
        </button>
      )}
      {offersErase && (
        <button type="button" class="danger" onClick={() => setErasing(true)}>
          {t("card.erase")}
        </button>
      )}
      <ErrorNote error={action.error} />
      {erasing && (
        <Dialog title={t("card.erase")} onClose={() => setErasing(false)}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void action
                .run(() => ok(api.DELETE("/clients/{clientId}", path)))
                .then((done) => done && navigate(href(["clients"])));
            }}
          >
            <p>{t("card.eraseWarning")}</p>
            <InputField label={t("card.eraseConfirm", { name: fullName })} value={typed} onValue={setTyped} />
            <ErrorNote error={action.error} />
            <div class="actions">
              <button type="submit" class="danger" disabled={typed !== fullName || action.busy}>
                {t("card.erase")}
              </button>
              <button type="button" onClick={() => setErasing(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </section>
  );
};
