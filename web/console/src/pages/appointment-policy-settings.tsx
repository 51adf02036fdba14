import { useState } from "preact/hooks";
import { DEFAULT_APPOINTMENT_POLICY } from "../../../../domain/model/studio";
import { useApp } from "../app-context";
import { InputField, SelectField, TextAreaField } from "../ui/fields";
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
            <InputField
              label={t("settings.hoursBefore")}
              type="number"
              required
              min={1}
              max={168}
              value={reminder.hoursBefore}
              onValue={(hours) =>
                setReminders(reminders.with(index, { ...reminder, hoursBefore: Number(hours) }))
              }
            />
            <SelectField
              label={t("card.channel")}
              value={reminder.channel}
              onValue={(channel) =>
                setReminders(reminders.with(index, { ...reminder, channel: channel as Reminder["channel"] }))
              }
            >
              <option value="sms">{t("channel.sms")}</option>
              <option value="email">{t("channel.email")}</option>
            </SelectField>
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
      <SelectField label={t("settings.noticeChannel")} name="noticeChannel" value={policy.noticeChannel}>
        {CHANNEL_POLICIES.map((channelPolicy) => (
          <option key={channelPolicy} value={channelPolicy}>
            {t(`policy.${channelPolicy}`)}
          </option>
        ))}
      </SelectField>
      <InputField
        label={t("settings.lateArrivalMinutes")}
        name="lateArrivalMinutes"
        type="number"
        required
        min={5}
        max={120}
        value={policy.lateArrivalMinutes}
      />
      <TextAreaField
        label={t("settings.policyText")}
        name="policyText"
        maxLength={300}
        value={policy.policyText ?? ""}
      />
      <InputField
        label={t("settings.incidentWindowMonths")}
        name="incidentWindowMonths"
        type="number"
        required
        min={1}
        max={36}
        value={policy.incidentWindowMonths}
      />
      <InputField
        label={t("settings.onlineBanDays")}
        name="onlineBanDays"
        type="number"
        required
        min={1}
        max={730}
        value={policy.onlineBanDays}
      />
      <ErrorNote error={change.error} />
      <button type="submit" class="primary" disabled={change.busy}>
        {t("common.save")}
      </button>
    </form>
  );
};
