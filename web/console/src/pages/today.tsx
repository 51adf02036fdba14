import { useState } from "preact/hooks";
import { closedDatesOf } from "../../../../domain/model/studio";
import { ok } from "../api/client";
import { useApp } from "../app-context";
import { href, navigate, type Route } from "../router";
import { SelectField } from "../ui/fields";
import { useLoad } from "../ui/hooks";
import { Loaded } from "../ui/parts";
import { addDays, todayIn } from "../zoned";
import { AppointmentDialog } from "./appointment-dialog";
import { BookingDialog, type BookingDraft } from "./booking-dialog";
import { type CalendarColumn, CalendarGrid, type CalendarItem } from "./calendar-grid";

/**
 * The day of every staff member, or the week of one: two API calls, the staff (with their hours) and the
 * calendar (with the clients' names), whatever the number of appointments.
 */
export const TodayPage = ({ route }: { route: Route }) => {
  const { api, studio, t, fmt, can, language } = useApp();
  const date = route.query.get("date") ?? todayIn(studio.timeZone);
  const weekOf = route.query.get("staff") || null;
  const days = weekOf === null ? 1 : 7;
  const [selected, setSelected] = useState<CalendarItem | null>(null);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const staff = useLoad(() => ok(api.GET("/staff", { params: { query: { limit: 100 } } })), [api]);
  const calendar = useLoad(
    () => ok(api.GET("/appointments", { params: { query: { from: date, days, staffId: weekOf } } })),
    [api, date, weekOf],
  );
  const go = (query: { date?: string; staff?: string | null }) => {
    const next = { date: query.date ?? date, staff: query.staff === undefined ? weekOf : query.staff };
    navigate(
      href(["today"], next.staff === null ? { date: next.date } : { date: next.date, staff: next.staff }),
    );
  };
  const closedDates = closedDatesOf(studio.settings);

  return (
    <section aria-labelledby="today-title">
      <div class="toolbar">
        <h1 id="today-title">
          {weekOf === null
            ? fmt.longDate(`${date}T12:00:00Z`)
            : t("today.weekOf", { date: fmt.date(`${date}T12:00:00Z`) })}
        </h1>
        <button type="button" onClick={() => go({ date: addDays(date, -days) })}>
          {t("today.previous")}
        </button>
        <button type="button" onClick={() => go({ date: todayIn(studio.timeZone) })}>
          {t("today.today")}
        </button>
        <button type="button" onClick={() => go({ date: addDays(date, days) })}>
          {t("today.next")}
        </button>
        <label>
          {t("today.date")}
          <input type="date" value={date} onChange={(event) => go({ date: event.currentTarget.value })} />
        </label>
        {staff.data !== undefined && (
          <SelectField
            label={t("today.view")}
            value={weekOf ?? ""}
            onValue={(staffId) => go({ staff: staffId || null })}
          >
            <option value="">{t("today.everyone")}</option>
            {staff.data.items.map((member) => (
              <option key={member.id} value={member.id}>
                {t("today.weekFor", { name: member.name })}
              </option>
            ))}
          </SelectField>
        )}
        {can("POST /appointments") && (
          <button
            type="button"
            class="primary"
            onClick={() => setDraft({ date, time: "09:00", staffId: weekOf })}
          >
            {t("today.book")}
          </button>
        )}
      </div>
      <Loaded state={staff}>
        {(loadedStaff) => (
          <Loaded state={calendar}>
            {(loadedCalendar) => {
              const member = loadedStaff.items.find((candidate) => candidate.id === weekOf);
              const columns: CalendarColumn[] =
                member === undefined
                  ? loadedStaff.items
                      .toSorted((a, b) => a.name.localeCompare(b.name, language, { numeric: true }))
                      .map((candidate) => ({
                        key: candidate.id,
                        label: candidate.name,
                        staff: candidate,
                        date,
                        items: loadedCalendar.items.filter((item) => item.staffId === candidate.id),
                      }))
                  : Array.from({ length: 7 }, (_, index) => addDays(date, index)).map((day) => ({
                      key: day,
                      label: fmt.weekday(`${day}T12:00:00Z`),
                      staff: member,
                      date: day,
                      items: loadedCalendar.items,
                    }));
              return <CalendarGrid columns={columns} closedDates={closedDates} onOpen={setSelected} />;
            }}
          </Loaded>
        )}
      </Loaded>
      {selected !== null && staff.data !== undefined && (
        <AppointmentDialog
          item={selected}
          staff={staff.data.items}
          onClose={() => setSelected(null)}
          onChanged={() => {
            setSelected(null);
            calendar.reload();
          }}
        />
      )}
      {draft !== null && staff.data !== undefined && (
        <BookingDialog
          draft={draft}
          staff={staff.data.items}
          onClose={() => setDraft(null)}
          onBooked={() => {
            setDraft(null);
            calendar.reload();
          }}
        />
      )}
    </section>
  );
};
