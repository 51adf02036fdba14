import { useState } from "preact/hooks";
import { ok } from "../api/client";
import { useApp } from "../app-context";
import { href, navigate, type Route } from "../router";
import { InputField, SelectField } from "../ui/fields";
import { useAction, useFields, useLoad } from "../ui/hooks";
import { Dialog, ErrorNote, FormActions, Loaded } from "../ui/parts";
import { ClientCard } from "./client-card";
import { NameAndContactFields } from "./client-fields";

const SEARCH_FIELDS = ["name", "phone", "email", "tag"] as const;
type SearchField = (typeof SEARCH_FIELDS)[number];

/** `#/clients`: search by name, phone, email or tag; `#/clients/{id}`: the client's card. */
export const ClientsPage = ({ route }: { route: Route }) => {
  const clientId = route.path[1];
  return clientId === undefined ? <ClientSearch route={route} /> : <ClientCard clientId={clientId} />;
};

const ClientSearch = ({ route }: { route: Route }) => {
  const { api, t, can } = useApp();
  const field = (route.query.get("by") ?? "name") as SearchField;
  const query = route.query.get("q") ?? "";
  const [draft, setDraft] = useState({ field, query });
  const [creating, setCreating] = useState(false);
  const results = useLoad(
    () =>
      ok(
        api.GET("/clients", {
          params: { query: { limit: 50, ...(query === "" ? {} : { [field]: query }) } },
        }),
      ),
    [api, field, query],
  );
  return (
    <section aria-labelledby="clients-title">
      <div class="toolbar">
        <h1 id="clients-title">{t("nav.clients")}</h1>
        {can("POST /clients") && (
          <button type="button" class="primary" onClick={() => setCreating(true)}>
            {t("clients.new")}
          </button>
        )}
      </div>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(href(["clients"], { by: draft.field, q: draft.query }));
        }}
      >
        <SelectField
          label={t("clients.searchBy")}
          value={draft.field}
          onValue={(field) => setDraft({ ...draft, field: field as SearchField })}
        >
          {SEARCH_FIELDS.map((option) => (
            <option key={option} value={option}>
              {t(`clients.field.${option}`)}
            </option>
          ))}
        </SelectField>
        <InputField
          label={t("clients.search")}
          type="search"
          value={draft.query}
          onValue={(query) => setDraft({ ...draft, query })}
        />
        <button type="submit">{t("clients.find")}</button>
      </form>
      <Loaded state={results}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t("clients.none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("clients.field.name")}</th>
                  <th scope="col">{t("clients.field.phone")}</th>
                  <th scope="col">{t("clients.field.email")}</th>
                  <th scope="col">{t("clients.field.tag")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((client) => (
                  <tr key={client.id}>
                    <td>
                      <a href={href(["clients", client.id])}>
                        {client.firstName} {client.lastName}
                      </a>
                    </td>
                    <td>{client.phone ?? "–"}</td>
                    <td>{client.email ?? "–"}</td>
                    <td>{client.tags.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {creating && <NewClientDialog onClose={() => setCreating(false)} />}
    </section>
  );
};

const NewClientDialog = ({ onClose }: { onClose: () => void }) => {
  const { api, t } = useApp();
  const action = useAction();
  const { values, field } = useFields({ firstName: "", lastName: "", phone: "", email: "" });
  return (
    <Dialog title={t("clients.new")} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            const created = await ok(
              api.POST("/clients", {
                body: {
                  firstName: values.firstName,
                  lastName: values.lastName,
                  phone: values.phone === "" ? null : values.phone,
                  email: values.email === "" ? null : values.email,
                },
              }),
            );
            navigate(href(["clients", created.id]));
          });
        }}
      >
        <NameAndContactFields field={field} />
        <ErrorNote error={action.error} />
        <FormActions submitLabel={t("common.save")} busy={action.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
};
