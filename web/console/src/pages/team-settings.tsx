import { useState } from "preact/hooks";
import { WEEKDAYS, type Weekday } from "../../../../domain/model/studio";
import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { InputField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, FormActions, FromToFields, Loaded } from "../ui/parts";

type Staff = Schemas["Staff"];
type Span = { from: string; to: string };
type TimeOff = Staff["timeOff"][number];
interface StaffDraft {
  name: string;
  email: string;
  workingHours: Partial<Record<Weekday, Span[]>>;
  timeOff: TimeOff[];
}

const NEW_MEMBER: StaffDraft = {
  name: "",
  email: "",
  workingHours: Object.fromEntries(
    (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => [day, [{ from: "09:00", to: "18:00" }]]),
  ),
  timeOff: [],
};

const draftOf = (member: Staff): StaffDraft => ({
  name: member.name,
  email: member.email ?? "",
  workingHours: member.workingHours,
  timeOff: member.timeOff,
});

/**
 * The people the calendar has columns for: their weekly working hours and time off, which the calendar
 * shades and the booking rules read. Date overrides are kept as they are.
 */
export const TeamSettings = () => {
  const { api, t, can } = useApp();
  const staff = useLoad(() => ok(api.GET("/staff", { params: { query: { limit: 100 } } })), [api]);
  const action = useAction();
  const [editing, setEditing] = useState<Staff | "new" | null>(null);
  const hoursOf = (member: Staff) =>
    WEEKDAYS.flatMap((day) =>
      (member.workingHours[day] ?? []).map((span) => `${t(`weekday.${day}`)} ${span.from}–${span.to}`),
    ).join(", ") || "–";
  return (
    <>
      <Loaded state={staff}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("clients.field.name")}</th>
                <th scope="col">{t("team.workingHours")}</th>
                <th scope="col">{t("team.timeOff")}</th>
                <th scope="col">{t("team.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items
                .toSorted((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
                .map((member) => (
                  <tr key={member.id} data-testid="team-member">
                    <td>{member.name}</td>
                    <td>{hoursOf(member)}</td>
                    <td>
                      {member.timeOff.map((away) => `${away.from}–${away.to} ${away.reason}`).join(", ") ||
                        "–"}
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={t("team.editOf", { name: member.name })}
                        onClick={() => setEditing(member)}
                      >
                        {t("team.edit")}
                      </button>{" "}
                      {can("DELETE /staff/{staffId}") && (
                        <button
                          type="button"
                          class="danger"
                          aria-label={t("team.removeOf", { name: member.name })}
                          disabled={action.busy}
                          onClick={() =>
                            confirm(t("settings.removeConfirm", { name: member.name })) &&
                            action
                              .run(() =>
                                ok(
                                  api.DELETE("/staff/{staffId}", {
                                    params: { path: { staffId: member.id } },
                                  }),
                                ),
                              )
                              .then(() => staff.reload())
                          }
                        >
                          {t("common.remove")}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </Loaded>
      <ErrorNote error={action.error} />
      {can("POST /staff") && (
        <button type="button" onClick={() => setEditing("new")}>
          {t("team.add")}
        </button>
      )}
      {editing !== null && (
        <StaffDialog
          member={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            staff.reload();
          }}
        />
      )}
    </>
  );
};

const StaffDialog = (props: { member: Staff | null; onClose: () => void; onSaved: () => void }) => {
  const { api, t } = useApp();
  const action = useAction();
  const [draft, setDraft] = useState(props.member === null ? NEW_MEMBER : draftOf(props.member));
  const spansOf = (day: Weekday) => draft.workingHours[day] ?? [];
  const setSpans = (day: Weekday, spans: Span[]) =>
    setDraft({ ...draft, workingHours: { ...draft.workingHours, [day]: spans } });
  const setTimeOff = (timeOff: TimeOff[]) => setDraft({ ...draft, timeOff });
  const body = {
    name: draft.name.trim(),
    email: draft.email.trim() === "" ? null : draft.email.trim(),
    workingHours: draft.workingHours,
    timeOff: draft.timeOff,
  };
  const save = () =>
    action.run(() =>
      props.member === null
        ? ok(api.POST("/staff", { body }))
        : ok(api.PATCH("/staff/{staffId}", { params: { path: { staffId: props.member.id } }, body })),
    );
  return (
    <Dialog title={props.member?.name ?? t("team.add")} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save().then((done) => done && props.onSaved());
        }}
      >
        <InputField
          label={t("clients.field.name")}
          required
          maxLength={100}
          value={draft.name}
          onValue={(name) => setDraft({ ...draft, name })}
        />
        <InputField
          label={t("clients.field.email")}
          type="email"
          value={draft.email}
          onValue={(email) => setDraft({ ...draft, email })}
        />
        <fieldset>
          <legend>{t("team.workingHours")}</legend>
          {WEEKDAYS.map((day) => (
            <div key={day} class="row" data-testid={`hours-${day}`}>
              <strong class="day">{t(`weekday.${day}`)}</strong>
              {spansOf(day).map((span, index) => (
                <span key={index} class="row">
                  <FromToFields
                    type="time"
                    span={span}
                    onChange={(changed) => setSpans(day, spansOf(day).with(index, changed))}
                  />
                  <button
                    type="button"
                    onClick={() =>
                      setSpans(
                        day,
                        spansOf(day).filter((_, other) => other !== index),
                      )
                    }
                  >
                    {t("common.remove")}
                  </button>
                </span>
              ))}
              {spansOf(day).length === 0 && <span>{t("team.dayOff")}</span>}
              <button
                type="button"
                aria-label={t("team.addHoursOn", { day: t(`weekday.${day}`) })}
                onClick={() => setSpans(day, [...spansOf(day), { from: "09:00", to: "18:00" }])}
              >
                +
              </button>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("team.timeOff")}</legend>
          {draft.timeOff.map((away, index) => (
            <div key={index} class="row">
              <FromToFields
                type="date"
                span={away}
                onChange={(changed) => setTimeOff(draft.timeOff.with(index, changed))}
              />
              <InputField
                label={t("settings.reason")}
                maxLength={200}
                value={away.reason}
                onValue={(reason) => setTimeOff(draft.timeOff.with(index, { ...away, reason }))}
              />
              <button
                type="button"
                onClick={() => setTimeOff(draft.timeOff.filter((_, other) => other !== index))}
              >
                {t("common.remove")}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setTimeOff([...draft.timeOff, { from: "", to: "", reason: "" }])}
          >
            {t("team.addTimeOff")}
          </button>
        </fieldset>
        <ErrorNote error={action.error} />
        <FormActions submitLabel={t("common.save")} busy={action.busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
};
