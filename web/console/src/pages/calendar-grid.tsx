import { hoursOn } from "../../../../domain/appointments/working-hours";
import type { Schemas } from "../api/client";
import { useApp } from "../app-context";
import { localDateOf, minutesFrom, minutesOfTime, timeOfMinutes } from "../zoned";

export type CalendarItem = Schemas["Calendar"]["items"][number];

export interface CalendarColumn {
  key: string;
  label: string;
  staff: Schemas["Staff"];
  date: string;
  items: CalendarItem[];
}

const PIXELS_PER_MINUTE = 1.2;
/** The grid shows at least these hours, widened to every working hour and appointment shown. */
const DEFAULT_DAY = { from: 8 * 60, to: 20 * 60 };

/**
 * Columns of a day (one per staff member) or of a week (one per day): working hours light, the rest, time
 * off and closed days shaded; appointments placed by their local start and end.
 */
export const CalendarGrid = (props: {
  columns: CalendarColumn[];
  closedDates: ReadonlySet<string>;
  onOpen: (item: CalendarItem) => void;
}) => {
  const { studio, t, fmt } = useApp();
  const zone = studio.timeZone;
  const columns = props.columns.map((column) => ({
    ...column,
    hours: hoursOn(column.staff, column.date, props.closedDates),
    away: column.staff.timeOff.find((away) => away.from <= column.date && column.date <= away.to),
    closed: props.closedDates.has(column.date),
    items: column.items.filter((item) => localDateOf(item.startsAt, zone) === column.date),
  }));
  const bounds = columns.flatMap((column) => [
    ...column.hours.flatMap((span) => [minutesOfTime(span.from), minutesOfTime(span.to)]),
    ...column.items.flatMap((item) => [
      minutesFrom(column.date, item.startsAt, zone),
      minutesFrom(column.date, item.endsAt, zone),
    ]),
  ]);
  const from = Math.max(0, Math.floor(Math.min(DEFAULT_DAY.from, ...bounds) / 60) * 60);
  const to = Math.min(24 * 60, Math.ceil(Math.max(DEFAULT_DAY.to, ...bounds) / 60) * 60);
  const y = (minutes: number) => `${(Math.max(from, Math.min(to, minutes)) - from) * PIXELS_PER_MINUTE}px`;
  const height = (start: number, end: number) =>
    `${Math.max(18, (Math.min(to, end) - Math.max(from, start)) * PIXELS_PER_MINUTE)}px`;

  return (
    <div class="calendar" style={{ "--columns": columns.length }}>
      <div class="hours" aria-hidden="true">
        <div class="column-head" />
        <div class="column-body" style={{ height: height(from, to) }}>
          {Array.from({ length: (to - from) / 60 }, (_, index) => from + index * 60).map((minutes) => (
            <span key={minutes} style={{ top: y(minutes) }}>
              {timeOfMinutes(minutes)}
            </span>
          ))}
        </div>
      </div>
      {columns.map((column) => (
        <section key={column.key} class="column" aria-label={column.label} data-testid="calendar-column">
          <h2 class="column-head">
            {column.label}
            {column.closed && <small> · {t("today.closed")}</small>}
            {column.away !== undefined && <small> · {column.away.reason || t("today.away")}</small>}
          </h2>
          <div class="column-body shaded" style={{ height: height(from, to) }}>
            {column.hours.map((span) => (
              <div
                key={span.from}
                class="working"
                style={{
                  top: y(minutesOfTime(span.from)),
                  height: height(minutesOfTime(span.from), minutesOfTime(span.to)),
                }}
              />
            ))}
            {column.items.map((item) => {
              const start = minutesFrom(column.date, item.startsAt, zone);
              return (
                <button
                  key={item.id}
                  type="button"
                  class={`appointment status-${item.status}`}
                  data-testid="appointment"
                  style={{
                    top: y(start),
                    height: height(start, minutesFrom(column.date, item.endsAt, zone)),
                  }}
                  onClick={() => props.onOpen(item)}
                >
                  <span class="time">{fmt.time(item.startsAt)}</span>{" "}
                  <strong>{item.clientName ?? "–"}</strong> <span>{item.serviceName}</span>
                  {item.status !== "booked" && <span class="badge">{t(`status.${item.status}`)}</span>}
                  {item.status === "booked" && item.deposit?.status === "requested" && (
                    <span class="badge">{t("today.depositDue")}</span>
                  )}
                  {item.lateArrival && <span class="badge attention">{t("today.late")}</span>}
                  {item.unconfirmed && !item.lateArrival && (
                    <span class="badge">{t("today.unconfirmed")}</span>
                  )}
                  {item.source === "online" && <span class="badge">{t("today.online")}</span>}
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
};
