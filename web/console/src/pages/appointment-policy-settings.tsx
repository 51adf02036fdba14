import { useState } from "preact/hooks";
import { DEFAULT_APPOINTMENT_POLICY } from "../../../../domain/model/studio";
import { useApp } from "../app-context";
import { ErrorNote } from "../ui/parts";
import { type StudioChange, useStudioChange } from "./use-studio-change";

type Policy = NonNullable<NonNullable<StudioChange["settings"]>["appointments"]>;
type Reminder = NonNullable<Policy["reminders"]>[number];
const CHANNEL_POLICIES = ["sms_else_email", "email", "sms", "both"] as const;
const MAX_REMINDERS = 3;

/**
 * Reminders before each appointment, how notices reach the client, when a started appointment shows as
 * late, and the no-show policy: its text and the escalation ladder's window and ban.
 */
export const AppointmentPolicySettings = () => {
  const { studio, t } = useApp();
  const change = useStudioChange();
  const policy = { ...DEFAULT_APPOINTMENT_POLICY, ...studio.settings.appointments };
  const [reminders, setReminders] = useState<Reminder[]>(policy.reminders);
  return (
    <form
      class="compact"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const policyText = String(data.get("policyText")).trim();
        void change.save({
          settings: {
            appointments: {
              reminders,
              noticeChannel: data.get("noticeChannel") as Policy["noticeChannel"],
              lateArrivalMinutes: Number(data.get("lateArrivalMinutes")),
              policyText: policyText === "" ? null : policyText,
              incidentWindowMonths: Number(data.get("incidentWindowMonths")),
              onlineBanDays: Number(data.get("onlineBanDays")),
            },
          },
        });
      }}
    >
      <fieldset>
        <legend>{t("settings.reminders")}</legend>
        {reminders.map((reminder, index) => (
          <div key={index} class="row">
            <label>
              {t("settings.hoursBefore")}
              <input
                type="number"
                required
                min={1}
                max={168}
                value={reminder.hoursBefore}
                onInput={(event) =>
                  setReminders(
                    reminders.with(index, { ...reminder, hoursBefore: Number(event.currentTarget.value) }),
                  )
                }
              />
            </label>
            <label>
              {t("card.channel")}
              <select
                value={reminder.channel}
                onChange={(event) =>
                  setReminders(
                    reminders.with(index, {
                      ...reminder,
                      channel: event.currentTarget.value as Reminder["channel"],
                    }),
                  )
                }
              >
                <option value="sms">{t("channel.sms")}</option>
                <option value="email">{t("channel.email")}</option>
              </select>
            </label>
            <button
              type="button"
              onClick={() => setReminders(reminders.filter((_, other) => other !== index))}
            >
              {t("common.remove")}
            </button>
          </div>
        ))}
        {reminders.length < MAX_REMINDERS && (
          <button
            type="button"
            onClick={() => setReminders([...reminders, { hoursBefore: 24, channel: "sms" }])}
          >
            {t("settings.addReminder")}
          </button>
        )}
      </fieldset>
      <label>
        {t("settings.noticeChannel")}
        <select name="noticeChannel" value={policy.noticeChannel}>
          {CHANNEL_POLICIES.map((channelPolicy) => (
            <option key={channelPolicy} value={channelPolicy}>
              {t(`policy.${channelPolicy}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("settings.lateArrivalMinutes")}
        <input
          name="lateArrivalMinutes"
          type="number"
          required
          min={5}
          max={120}
          value={policy.lateArrivalMinutes}
        />
      </label>
      <label>
        {t("settings.policyText")}
        <textarea name="policyText" maxLength={300} value={policy.policyText ?? ""} />
      </label>
      <label>
        {t("settings.incidentWindowMonths")}
        <input
          name="incidentWindowMonths"
          type="number"
          required
          min={1}
          max={36}
          value={policy.incidentWindowMonths}
        />
      </label>
      <label>
        {t("settings.onlineBanDays")}
        <input name="onlineBanDays" type="number" required min={1} max={730} value={policy.onlineBanDays} />
      </label>
      <ErrorNote error={change.error} />
      <button type="submit" class="primary" disabled={change.busy}>
        {t("common.save")}
      </button>
    </form>
  );
};
