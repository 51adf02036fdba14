import { useState } from "preact/hooks";
import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { InputField, SelectField, TextAreaField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, FormActions } from "../ui/parts";
import { instantOf } from "../zoned";
import { outsideHoursRefused, SlotFields } from "./appointment-dialog";

export interface BookingDraft {
  date: string;
  time: string;
  staffId: string | null;
}

/** Books a client: found by name, a service, a staff member and a local date and time. */
export const BookingDialog = (props: {
  draft: BookingDraft;
  staff: Schemas["Staff"][];
  onClose: () => void;
  onBooked: () => void;
}) => {
  const { api, t, studio, fmt } = useApp();
  const action = useAction();
  const [search, setSearch] = useState("");
  const [clientId, setClientId] = useState("");
  const [form, setForm] = useState({
    ...props.draft,
    staffId: props.draft.staffId ?? props.staff[0]?.id ?? "",
    serviceId: "",
    notes: "",
    outsideWorkingHours: false,
  });
  const services = useLoad(() => ok(api.GET("/services", { params: { query: { limit: 100 } } })), [api]);
  const clients = useLoad(
    () =>
      search.trim() === ""
        ? Promise.resolve({ items: [] as Schemas["Client"][] })
        : ok(api.GET("/clients", { params: { query: { name: search.trim(), limit: 10 } } })),
    [api, search],
  );
  const book = () =>
    action
      .run(() =>
        ok(
          api.POST("/appointments", {
            body: {
              clientId,
              serviceId: form.serviceId,
              staffId: form.staffId,
              startsAt: instantOf(form.date, form.time, studio.timeZone),
              notes: form.notes,
              outsideWorkingHours: form.outsideWorkingHours,
            },
          }),
        ),
      )
      .then((done) => done && props.onBooked());

  return (
    <Dialog title={t("booking.title")} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void book();
        }}
      >
        <InputField label={t("booking.findClient")} type="search" value={search} onValue={setSearch} />
        <fieldset>
          <legend>{t("booking.client")}</legend>
          {(clients.data?.items ?? []).map((client) => (
            <label key={client.id} class="inline">
              <input
                type="radio"
                name="client"
                required
                value={client.id}
                checked={clientId === client.id}
                onChange={() => setClientId(client.id)}
              />
              {client.firstName} {client.lastName}
              {client.phone !== null && ` · ${client.phone}`}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t("booking.service")}
          required
          value={form.serviceId}
          onValue={(serviceId) => setForm({ ...form, serviceId })}
        >
          <option value="">–</option>
          {(services.data?.items ?? []).map((service) => (
            <option key={service.id} value={service.id}>
              {service.name} · {service.durationMinutes} min · {fmt.money(service.price)}
            </option>
          ))}
        </SelectField>
        <SlotFields
          slot={form}
          staff={props.staff}
          offerOutsideHours={outsideHoursRefused(action.error)}
          onChange={setForm}
        />
        <TextAreaField
          label={t("appointment.notes")}
          maxLength={2000}
          value={form.notes}
          onValue={(notes) => setForm({ ...form, notes })}
        />
        <ErrorNote error={action.error} />
        <FormActions
          submitLabel={t("booking.submit")}
          busy={action.busy}
          incomplete={clientId === ""}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
};
