import { useState } from "preact/hooks";
import { ApiError, ok, type Schemas } from "../api/client";
import type { paths } from "../api/schema";
import { useApp } from "../app-context";
import { href } from "../router";
import { useAction } from "../ui/hooks";
import { Dialog, ErrorNote } from "../ui/parts";
import { instantOf, localDateOf, localTimeOf } from "../zoned";
import type { CalendarItem } from "./calendar-grid";

type StatusChange = NonNullable<
  paths["/appointments/{appointmentId}/status"]["put"]["requestBody"]
>["content"]["application/json"];
/** A cancellation is late by the studio's cut-off unless staff decide otherwise, with a reason. */
type LateDecision = "cutoff" | "late" | "not_late";

/** Offered only after the API said the time lies outside the staff member's hours. */
export const outsideHoursRefused = (error: unknown) =>
  error instanceof ApiError && error.code === "APPOINTMENT.OUTSIDE_WORKING_HOURS";

interface Slot {
  date: string;
  time: string;
  staffId: string;
  outsideWorkingHours: boolean;
}

/**
 * Who and when, in the studio's local date and time; booking outside the staff member's hours is offered
 * once the API has refused it for that reason.
 */
export const SlotFields = <T extends Slot>(props: {
  slot: T;
  staff: Schemas["Staff"][];
  offerOutsideHours: boolean;
  onChange: (slot: T) => void;
}) => {
  const { t } = useApp();
  const { slot, onChange } = props;
  return (
    <>
      <label>
        {t("appointment.staff")}
        <select
          value={slot.staffId}
          onChange={(event) => onChange({ ...slot, staffId: event.currentTarget.value })}
        >
          {props.staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("today.date")}
        <input
          type="date"
          required
          value={slot.date}
          onInput={(event) => onChange({ ...slot, date: event.currentTarget.value })}
        />
      </label>
      <label>
        {t("appointment.time")}
        <input
          type="time"
          required
          step={300}
          value={slot.time}
          onInput={(event) => onChange({ ...slot, time: event.currentTarget.value })}
        />
      </label>
      {props.offerOutsideHours && (
        <label class="inline">
          <input
            type="checkbox"
            checked={slot.outsideWorkingHours}
            onChange={(event) => onChange({ ...slot, outsideWorkingHours: event.currentTarget.checked })}
          />
          {t("appointment.outsideWorkingHours")}
        </label>
      )}
    </>
  );
};

/** One appointment: what it is, and attended, no-show with a reason, cancel (late or not) or move. */
export const AppointmentDialog = (props: {
  item: CalendarItem;
  staff: Schemas["Staff"][];
  onClose: () => void;
  onChanged: () => void;
}) => {
  const { api, t, fmt, studio, can } = useApp();
  const { item } = props;
  const action = useAction();
  const [mode, setMode] = useState<"view" | "no_show" | "cancel" | "move">("view");
  const [reason, setReason] = useState("");
  const [late, setLate] = useState<LateDecision>("cutoff");
  const [lateReason, setLateReason] = useState("");
  const [lateCheckSent, setLateCheckSent] = useState(false);
  const [move, setMove] = useState({
    date: localDateOf(item.startsAt, studio.timeZone),
    time: localTimeOf(item.startsAt, studio.timeZone),
    staffId: item.staffId,
    outsideWorkingHours: false,
  });
  const path = { params: { path: { appointmentId: item.id } } };
  const finish = (done: boolean) => done && props.onChanged();
  const setStatus = (body: StatusChange) =>
    action.run(() => ok(api.PUT("/appointments/{appointmentId}/status", { ...path, body }))).then(finish);
  const reschedule = () =>
    action
      .run(() =>
        ok(
          api.PUT("/appointments/{appointmentId}/time", {
            ...path,
            body: {
              startsAt: instantOf(move.date, move.time, studio.timeZone),
              staffId: move.staffId,
              outsideWorkingHours: move.outsideWorkingHours,
            },
          }),
        ),
      )
      .then(finish);
  const open = item.status === "booked";
  const started = Date.parse(item.startsAt) <= Date.now();
  const mayChange = can("PUT /appointments/{appointmentId}/status");

  return (
    <Dialog title={`${item.clientName ?? "–"} · ${item.serviceName}`} onClose={props.onClose}>
      <dl class="facts">
        <dt>{t("appointment.when")}</dt>
        <dd>
          {fmt.dateTime(item.startsAt)}–{fmt.time(item.endsAt)}
        </dd>
        <dt>{t("appointment.staff")}</dt>
        <dd>{props.staff.find((member) => member.id === item.staffId)?.name ?? item.staffId}</dd>
        <dt>{t("appointment.status")}</dt>
        <dd>
          {t(`status.${item.status}`)}
          {item.lateCancellation && ` (${t("appointment.late")})`}
          {item.noShowReason !== null && ` · ${item.noShowReason}`}
        </dd>
        <dt>{t("appointment.price")}</dt>
        <dd>{fmt.money(item.price)}</dd>
        {item.notes !== "" && (
          <>
            <dt>{t("appointment.notes")}</dt>
            <dd>{item.notes}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={href(["clients", item.clientId])}>{t("appointment.openCard")}</a>
      </p>
      {mode === "no_show" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void setStatus({ status: "no_show", reason });
          }}
        >
          <label>
            {t("appointment.noShowReason")}
            <textarea
              required
              maxLength={500}
              value={reason}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="danger" disabled={action.busy}>
            {t("appointment.confirmNoShow")}
          </button>
        </form>
      )}
      {mode === "cancel" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void setStatus(
              late === "cutoff"
                ? { status: "cancelled" }
                : { status: "cancelled", late: late === "late", lateReason: lateReason.trim() },
            );
          }}
        >
          <label>
            {t("appointment.lateDecision")}
            <select value={late} onChange={(event) => setLate(event.currentTarget.value as LateDecision)}>
              {(["cutoff", "late", "not_late"] as const).map((decision) => (
                <option key={decision} value={decision}>
                  {t(`appointment.late.${decision}`)}
                </option>
              ))}
            </select>
          </label>
          {late !== "cutoff" && (
            <label>
              {t("appointment.lateReason")}
              <input
                required
                maxLength={300}
                value={lateReason}
                onInput={(event) => setLateReason(event.currentTarget.value)}
              />
            </label>
          )}
          <button type="submit" class="danger" disabled={action.busy}>
            {t("appointment.confirmCancel")}
          </button>
        </form>
      )}
      {mode === "move" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void reschedule();
          }}
        >
          <SlotFields
            slot={move}
            staff={props.staff}
            offerOutsideHours={outsideHoursRefused(action.error)}
            onChange={setMove}
          />
          <button type="submit" class="primary" disabled={action.busy}>
            {t("appointment.confirmMove")}
          </button>
        </form>
      )}
      <ErrorNote error={action.error} />
      <div class="actions">
        {open && mayChange && started && (
          <>
            <button
              type="button"
              class="primary"
              disabled={action.busy}
              onClick={() => setStatus({ status: "attended" })}
            >
              {t("appointment.attended")}
            </button>
            <button type="button" onClick={() => setMode("no_show")}>
              {t("appointment.noShow")}
            </button>
          </>
        )}
        {open && item.lateArrival && can("POST /appointments/{appointmentId}/late-check") && (
          <button
            type="button"
            disabled={action.busy || lateCheckSent}
            onClick={() =>
              action
                .run(() => ok(api.POST("/appointments/{appointmentId}/late-check", path)))
                .then((done) => done && setLateCheckSent(true))
            }
          >
            {lateCheckSent ? t("appointment.lateCheckSent") : t("appointment.lateCheck")}
          </button>
        )}
        {open && mayChange && (
          <button type="button" onClick={() => setMode("cancel")}>
            {t("appointment.cancel")}
          </button>
        )}
        {open && can("PUT /appointments/{appointmentId}/time") && (
          <button type="button" onClick={() => setMode("move")}>
            {t("appointment.move")}
          </button>
        )}
        <button type="button" onClick={props.onClose}>
          {t("common.close")}
        </button>
      </div>
    </Dialog>
  );
};
