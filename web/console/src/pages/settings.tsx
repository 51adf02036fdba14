import type { FunctionComponent } from "preact";
import { useState } from "preact/hooks";
import { WEEKDAYS, type Weekday } from "../../../../domain/model/studio";
import { ok, type Schemas } from "../api/client";
import { type App, useApp } from "../app-context";
import type { MessageKey } from "../i18n";
import { CheckboxField, InputField, SelectField, TextAreaField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { ErrorNote, Loaded } from "../ui/parts";
import { AppointmentPolicySettings } from "./appointment-policy-settings";
import { BlockSettings } from "./block-settings";
import { DepositPolicySettings } from "./deposit-policy-settings";
import { TeamSettings } from "./team-settings";
import { useStudioChange } from "./use-studio-change";

type SendWindow = NonNullable<Schemas["Studio"]["settings"]["messaging"]>["sendWindows"][number];

interface SettingsSection {
  id: string;
  title: MessageKey;
  view: FunctionComponent;
  offered: (app: App) => boolean;
}

/** One entry per settings area; an area is offered to the roles that may change it. */
const sections: SettingsSection[] = [
  {
    id: "studio",
    title: "settings.studio",
    view: () => <StudioSettings />,
    offered: ({ can }) => can("PATCH /studio"),
  },
  {
    id: "send-windows",
    title: "settings.sendWindows",
    view: () => <SendWindows />,
    offered: ({ can }) => can("PATCH /studio"),
  },
  {
    id: "appointments",
    title: "settings.appointments",
    view: () => <AppointmentPolicySettings />,
    offered: ({ can }) => can("PATCH /studio"),
  },
  {
    id: "deposits",
    title: "settings.deposits",
    view: () => <DepositPolicySettings />,
    offered: ({ can }) => can("PATCH /studio"),
  },
  {
    id: "blocks",
    title: "settings.blocks",
    view: () => <BlockSettings />,
    offered: ({ can }) => can("PUT /blocks"),
  },
  {
    id: "online-booking",
    title: "settings.onlineBooking",
    view: () => <OnlineBooking />,
    offered: ({ can }) => can("PATCH /online-booking"),
  },
  {
    id: "team",
    title: "settings.team",
    view: () => <TeamSettings />,
    offered: ({ can }) => can("PATCH /staff/{staffId}"),
  },
  {
    id: "staff-accounts",
    title: "settings.staffAccounts",
    view: () => <StaffAccounts />,
    offered: ({ can }) => can("GET /staff-accounts"),
  },
];

export const SettingsPage = () => {
  const app = useApp();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{app.t("nav.settings")}</h1>
      {sections
        .filter((section) => section.offered(app))
        .map((section) => (
          <section key={section.id} class="panel" aria-labelledby={`settings-${section.id}`}>
            <h2 id={`settings-${section.id}`}>{app.t(section.title)}</h2>
            <section.view />
          </section>
        ))}
    </section>
  );
};

const StudioSettings = () => {
  const { studio, t } = useApp();
  const change = useStudioChange();
  const [closedDays, setClosedDays] = useState(studio.settings.closedDays ?? []);
  return (
    <form
      class="compact"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const grace = String(data.get("overdueGraceDays"));
        void change.save({
          name: String(data.get("name")),
          timeZone: String(data.get("timeZone")),
          locale: String(data.get("locale")),
          currency: String(data.get("currency")),
          settings: {
            defaultCountry: String(data.get("defaultCountry")),
            overdueGraceDays: grace === "" ? null : Number(grace),
            closedDays,
          },
        });
      }}
    >
      <InputField label={t("settings.name")} name="name" required maxLength={100} value={studio.name} />
      <InputField label={t("settings.timeZone")} name="timeZone" required value={studio.timeZone} />
      <InputField label={t("settings.locale")} name="locale" required value={studio.locale} />
      <InputField
        label={t("settings.currency")}
        name="currency"
        required
        pattern="[A-Z]{3}"
        value={studio.currency}
      />
      <InputField
        label={t("settings.defaultCountry")}
        name="defaultCountry"
        required
        pattern="[A-Z]{2}"
        value={studio.settings.defaultCountry}
      />
      <InputField
        label={t("settings.overdueGraceDays")}
        name="overdueGraceDays"
        type="number"
        min={0}
        max={365}
        value={studio.settings.overdueGraceDays ?? ""}
      />
      <fieldset>
        <legend>{t("settings.closedDays")}</legend>
        {closedDays.map((day, index) => (
          <div key={`${day.date}-${index}`} class="row">
            <InputField
              label={t("today.date")}
              type="date"
              required
              value={day.date}
              onValue={(date) => setClosedDays(closedDays.with(index, { ...day, date }))}
            />
            <InputField
              label={t("settings.reason")}
              value={day.reason}
              onValue={(reason) => setClosedDays(closedDays.with(index, { ...day, reason }))}
            />
            <button
              type="button"
              onClick={() => setClosedDays(closedDays.filter((_, other) => other !== index))}
            >
              {t("common.remove")}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setClosedDays([...closedDays, { date: "", reason: "" }])}>
          {t("settings.addClosedDay")}
        </button>
      </fieldset>
      <ErrorNote error={change.error} />
      <button type="submit" class="primary" disabled={change.busy}>
        {t("common.save")}
      </button>
    </form>
  );
};

const SendWindows = () => {
  const { studio, t } = useApp();
  const change = useStudioChange();
  const messaging = studio.settings.messaging;
  const [windows, setWindows] = useState<SendWindow[]>(messaging?.sendWindows ?? []);
  const toggleDay = (index: number, day: Weekday, on: boolean) => {
    const days = windows[index]!.days ?? [...WEEKDAYS];
    setWindows(
      windows.with(index, {
        ...windows[index]!,
        days: on ? [...days, day] : days.filter((other) => other !== day),
      }),
    );
  };
  return (
    <form
      class="compact"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const bookingUrl = String(data.get("bookingUrl"));
        void change.save({
          settings: {
            messaging: {
              sendWindows: windows,
              maxSmsSegments: Number(data.get("maxSmsSegments")),
              bookingUrl: bookingUrl === "" ? null : bookingUrl,
            },
          },
        });
      }}
    >
      <p>{t("settings.sendWindowsHelp")}</p>
      {windows.map((window, index) => (
        <fieldset key={index} class="row">
          <legend>{t("settings.window", { number: index + 1 })}</legend>
          {WEEKDAYS.map((day) => (
            <CheckboxField
              key={day}
              label={t(`weekday.${day}`)}
              checked={(window.days ?? WEEKDAYS).includes(day)}
              onChecked={(on) => toggleDay(index, day, on)}
            />
          ))}
          <InputField
            label={t("settings.from")}
            type="time"
            required
            value={window.from}
            onValue={(from) => setWindows(windows.with(index, { ...window, from }))}
          />
          <InputField
            label={t("settings.to")}
            type="time"
            required
            value={window.to === "24:00" ? "23:59" : window.to}
            onValue={(to) => setWindows(windows.with(index, { ...window, to }))}
          />
          <button type="button" onClick={() => setWindows(windows.filter((_, other) => other !== index))}>
            {t("common.remove")}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          setWindows([...windows, { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }])
        }
      >
        {t("settings.addWindow")}
      </button>
      <InputField
        label={t("settings.maxSmsSegments")}
        name="maxSmsSegments"
        type="number"
        min={1}
        max={10}
        required
        value={messaging?.maxSmsSegments ?? 2}
      />
      <InputField
        label={t("settings.bookingUrl")}
        name="bookingUrl"
        type="url"
        value={messaging?.bookingUrl ?? ""}
      />
      <ErrorNote error={change.error} />
      <button type="submit" class="primary" disabled={change.busy}>
        {t("common.save")}
      </button>
    </form>
  );
};

const OnlineBooking = () => {
  const { api, t } = useApp();
  const settings = useLoad(() => ok(api.GET("/online-booking")), [api]);
  const action = useAction();
  return (
    <Loaded state={settings}>
      {(loaded) => (
        <form
          class="compact"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const number = (name: string) => Number(data.get(name));
            const list = (name: string) =>
              String(data.get(name))
                .split(/[\s,]+/)
                .filter(Boolean);
            void action
              .run(() =>
                ok(
                  api.PATCH("/online-booking", {
                    body: {
                      enabled: data.get("enabled") === "on",
                      staffChoice: data.get("staffChoice") === "on",
                      newClientsAllowed: data.get("newClientsAllowed") === "on",
                      minimumNoticeMinutes: number("minimumNoticeMinutes"),
                      horizonDays: number("horizonDays"),
                      slotStepMinutes: number("slotStepMinutes"),
                      maxOpenBookingsPerPhone: number("maxOpenBookingsPerPhone"),
                      dailyCodeBudget: number("dailyCodeBudget"),
                      cancellationCutoffHours: number("cancellationCutoffHours"),
                      allowedOrigins: list("allowedOrigins"),
                      phoneCountries: list("phoneCountries"),
                      termsText: String(data.get("termsText")),
                    },
                  }),
                ),
              )
              .then((done) => done && settings.reload());
          }}
        >
          {(["enabled", "staffChoice", "newClientsAllowed"] as const).map((name) => (
            <CheckboxField key={name} label={t(`onlineBooking.${name}`)} name={name} checked={loaded[name]} />
          ))}
          {(
            [
              ["minimumNoticeMinutes", 0, 20160, 1],
              ["horizonDays", 1, 365, 1],
              ["slotStepMinutes", 5, 120, 5],
              ["maxOpenBookingsPerPhone", 1, 10, 1],
              ["dailyCodeBudget", 1, 200, 1],
              ["cancellationCutoffHours", 0, 168, 1],
            ] as const
          ).map(([name, min, max, step]) => (
            <InputField
              key={name}
              label={t(`onlineBooking.${name}`)}
              name={name}
              type="number"
              min={min}
              max={max}
              step={step}
              required
              value={loaded[name]}
            />
          ))}
          <InputField
            label={t("onlineBooking.allowedOrigins")}
            name="allowedOrigins"
            value={loaded.allowedOrigins.join(" ")}
          />
          <InputField
            label={t("onlineBooking.phoneCountries")}
            name="phoneCountries"
            value={loaded.phoneCountries.join(" ")}
          />
          <TextAreaField
            label={t("onlineBooking.terms", { version: loaded.terms?.version ?? "–" })}
            name="termsText"
            rows={6}
            required
            value={loaded.terms?.text ?? ""}
          />
          <ErrorNote error={action.error} />
          <button type="submit" class="primary" disabled={action.busy}>
            {t("common.save")}
          </button>
        </form>
      )}
    </Loaded>
  );
};

const StaffAccounts = () => {
  const { api, t, can, session } = useApp();
  const accounts = useLoad(
    () => ok(api.GET("/staff-accounts", { params: { query: { limit: 100 } } })),
    [api],
  );
  const action = useAction();
  const [invite, setInvite] = useState({ email: "", name: "", role: "staff" as "staff" | "manager" });
  const run = (change: () => Promise<unknown>) => action.run(change).then(() => accounts.reload());
  return (
    <>
      <Loaded state={accounts}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("clients.field.name")}</th>
                <th scope="col">{t("clients.field.email")}</th>
                <th scope="col">{t("settings.role")}</th>
                {can("DELETE /staff-accounts/{accountId}") && <th scope="col">{t("settings.remove")}</th>}
              </tr>
            </thead>
            <tbody>
              {page.items.map((account) => {
                const changeable = account.role !== "owner" && account.id !== session.claims.accountId;
                const path = { params: { path: { accountId: account.id } } };
                return (
                  <tr key={account.id}>
                    <td>{account.name}</td>
                    <td>{account.email}</td>
                    <td>
                      {changeable && can("PATCH /staff-accounts/{accountId}") ? (
                        <select
                          aria-label={t("settings.roleOf", { name: account.name })}
                          value={account.role}
                          onChange={(event) => {
                            const role = event.currentTarget.value as "staff" | "manager";
                            void run(() =>
                              ok(api.PATCH("/staff-accounts/{accountId}", { ...path, body: { role } })),
                            );
                          }}
                        >
                          <option value="manager">{t("role.manager")}</option>
                          <option value="staff">{t("role.staff")}</option>
                        </select>
                      ) : (
                        t(`role.${account.role}`)
                      )}
                    </td>
                    {can("DELETE /staff-accounts/{accountId}") && (
                      <td>
                        {changeable && (
                          <button
                            type="button"
                            class="danger"
                            onClick={() =>
                              confirm(t("settings.removeConfirm", { name: account.name })) &&
                              run(() => ok(api.DELETE("/staff-accounts/{accountId}", path)))
                            }
                          >
                            {t("settings.remove")}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Loaded>
      {can("POST /staff-accounts") && (
        <form
          class="compact"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => ok(api.POST("/staff-accounts", { body: invite })));
          }}
        >
          <h3>{t("settings.invite")}</h3>
          <InputField
            label={t("clients.field.name")}
            required
            maxLength={100}
            value={invite.name}
            onValue={(name) => setInvite({ ...invite, name })}
          />
          <InputField
            label={t("clients.field.email")}
            type="email"
            required
            value={invite.email}
            onValue={(email) => setInvite({ ...invite, email })}
          />
          <SelectField
            label={t("settings.role")}
            value={invite.role}
            onValue={(role) => setInvite({ ...invite, role: role as "staff" | "manager" })}
          >
            <option value="staff">{t("role.staff")}</option>
            <option value="manager">{t("role.manager")}</option>
          </SelectField>
          <button type="submit" class="primary" disabled={action.busy}>
            {t("settings.invite")}
          </button>
        </form>
      )}
      <ErrorNote error={action.error} />
    </>
  );
};
