import { useState } from "preact/hooks";
import { ApiError, ok, type Schemas } from "../api/client";
import type { paths } from "../api/schema";
import { useApp } from "../app-context";
import { href } from "../router";
import { CheckboxField, InputField, SelectField, TextAreaField } from "../ui/fields";
import { useAction } from "../ui/hooks";
import { Dialog, ErrorNote } from "../ui/parts";
import { instantOf, localDateOf, localTimeOf } from "../zoned";
import type { CalendarItem } from "./calendar-grid";

type StatusChange = NonNullable<
  paths["/appointments/{appointmentId}/status"]["put"]["requestBody"]
>["content"]["application/json"];
/** A cancellation is late by the studio's cut-off unless staff decide otherwise, with a reason. */
type LateDecision = "cutoff" | "late" | "not_late";
type Deposit = Schemas["Deposit"];
type DepositOutcome = "refund" | "retain";
/** A deposit still asked for or held: the API refuses to ask for another (domain/deposits/staff-deposits.ts). */
const OPEN_DEPOSITS: readonly Deposit["status"][] = [
  "requested",
  "paid",
  "refunding",
  "retained",
  "credited",
];
/** What staff may settle a deposit as, by its state: a retained deposit may still be paid back. */
const OUTCOMES_OF: Partial<Record<Deposit["status"], readonly DepositOutcome[]>> = {
  paid: ["refund", "retain"],
  retained: ["refund"],
};

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
      <SelectField
        label={t("appointment.staff")}
        value={slot.staffId}
        onValue={(staffId) => onChange({ ...slot, staffId })}
      >
        {props.staff.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </SelectField>
      <InputField
        label={t("today.date")}
        type="date"
        required
        value={slot.date}
        onValue={(date) => onChange({ ...slot, date })}
      />
      <InputField
        label={t("appointment.time")}
        type="time"
        required
        step={300}
        value={slot.time}
        onValue={(time) => onChange({ ...slot, time })}
      />
      {props.offerOutsideHours && (
        <CheckboxField
          label={t("appointment.outsideWorkingHours")}
          checked={slot.outsideWorkingHours}
          onChecked={(outsideWorkingHours) => onChange({ ...slot, outsideWorkingHours })}
        />
      )}
    </>
  );
};

/** The deposit asked for: how much, its state, and when it was paid or is due. */
const DepositFact = ({ deposit }: { deposit: Deposit }) => {
  const { t, fmt } = useApp();
  return (
    <>
      <dt>{t("deposit.title")}</dt>
      <dd data-testid="deposit">
        {fmt.money(deposit.amount)} · {t(`deposit.status.${deposit.status}`)}
        {deposit.paidAt !== null && ` · ${t("deposit.paidAt", { time: fmt.dateTime(deposit.paidAt) })}`}
        {deposit.status === "requested" &&
          deposit.payBy !== null &&
          ` · ${t("deposit.payBy", { time: fmt.dateTime(deposit.payBy) })}`}
      </dd>
    </>
  );
};

/**
 * One appointment: what it is, and attended, no-show with a reason, cancel (late or not) or move; its
 * deposit: ask for one (the amount given, or the policy's), refund or retain a paid one.
 */
export const AppointmentDialog = (props: {
  item: CalendarItem;
  staff: Schemas["Staff"][];
  onClose: () => void;
  onChanged: () => void;
}) => {
  const { api, t, fmt, studio, can } = useApp();
  const { item } = props;
  const action = useAction();
  const [mode, setMode] = useState<"view" | "no_show" | "cancel" | "move" | "deposit" | DepositOutcome>(
    "view",
  );
  const [depositAmount, setDepositAmount] = useState("");
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
  const askDeposit = () => {
    const amount = depositAmount.trim();
    return action
      .run(() =>
        ok(
          api.POST("/appointments/{appointmentId}/deposit", {
            ...path,
            body: { amount: amount === "" ? null : fmt.toMinor(Number(amount)) },
          }),
        ),
      )
      .then(finish);
  };
  const settleDeposit = (outcome: DepositOutcome) =>
    action
      .run(() => ok(api.PUT("/appointments/{appointmentId}/deposit/outcome", { ...path, body: { outcome } })))
      .then(finish);
  const open = item.status === "booked";
  const { deposit } = item;
  const started = Date.parse(item.startsAt) <= Date.now();
  const mayChange = can("PUT /appointments/{appointmentId}/status");
  const mayAskDeposit =
    open &&
    !started &&
    (deposit === undefined || !OPEN_DEPOSITS.includes(deposit.status)) &&
    can("POST /appointments/{appointmentId}/deposit");
  const outcomes =
    deposit !== undefined && can("PUT /appointments/{appointmentId}/deposit/outcome")
      ? (OUTCOMES_OF[deposit.status] ?? [])
      : [];

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
        {deposit !== undefined && <DepositFact deposit={deposit} />}
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
          <TextAreaField
            label={t("appointment.noShowReason")}
            required
            maxLength={500}
            value={reason}
            onValue={setReason}
          />
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
          <SelectField
            label={t("appointment.lateDecision")}
            value={late}
            onValue={(decision) => setLate(decision as LateDecision)}
          >
            {(["cutoff", "late", "not_late"] as const).map((decision) => (
              <option key={decision} value={decision}>
                {t(`appointment.late.${decision}`)}
              </option>
            ))}
          </SelectField>
          {late !== "cutoff" && (
            <InputField
              label={t("appointment.lateReason")}
              required
              maxLength={300}
              value={lateReason}
              onValue={setLateReason}
            />
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
      {mode === "deposit" && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void askDeposit();
          }}
        >
          <InputField
            label={t("deposit.amount", { currency: studio.currency })}
            type="number"
            inputMode="decimal"
            min={0.01}
            max={fmt.fromMinor(item.price)}
            step={0.01}
            value={depositAmount}
            onValue={setDepositAmount}
          />
          <button type="submit" class="primary" disabled={action.busy}>
            {t("deposit.confirmAsk")}
          </button>
        </form>
      )}
      {(mode === "refund" || mode === "retain") && deposit !== undefined && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void settleDeposit(mode);
          }}
        >
          <p>{t(`deposit.${mode}Question`, { amount: fmt.money(deposit.amount) })}</p>
          <button type="submit" class={mode === "refund" ? "primary" : "danger"} disabled={action.busy}>
            {t(`deposit.confirm.${mode}`)}
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
        {mayAskDeposit && (
          <button type="button" onClick={() => setMode("deposit")}>
            {t("deposit.ask")}
          </button>
        )}
        {outcomes.map((outcome) => (
          <button key={outcome} type="button" onClick={() => setMode(outcome)}>
            {t(`deposit.${outcome}`)}
          </button>
        ))}
        <button type="button" onClick={props.onClose}>
          {t("common.close")}
        </button>
      </div>
    </Dialog>
  );
};
