import { useState } from "preact/hooks";
import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { InputField, SelectField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { ErrorNote, Loaded } from "../ui/parts";

type Kind = Schemas["Block"]["kind"];
const KINDS: Kind[] = ["phone", "email", "tag"];

/** The studio's blocks: online booking refuses whoever has a blocked phone, email address or tag. */
export const BlockSettings = () => {
  const { api, t, fmt, can } = useApp();
  const blocks = useLoad(() => ok(api.GET("/blocks")), [api]);
  const action = useAction();
  const [draft, setDraft] = useState({ kind: "phone" as Kind, value: "", reason: "" });
  const run = (change: () => Promise<unknown>) =>
    action.run(change).then((done) => {
      blocks.reload();
      return done;
    });
  return (
    <>
      <Loaded state={blocks}>
        {(loaded) =>
          loaded.items.length === 0 ? (
            <p>{t("common.none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("blocks.kind")}</th>
                  <th scope="col">{t("blocks.value")}</th>
                  <th scope="col">{t("settings.reason")}</th>
                  <th scope="col">{t("blocks.since")}</th>
                  {can("DELETE /blocks/{kind}/{value}") && <th scope="col">{t("settings.remove")}</th>}
                </tr>
              </thead>
              <tbody>
                {loaded.items.map((block) => (
                  <tr key={`${block.kind}-${block.value}`} data-testid="block">
                    <td>{t(`blockKind.${block.kind}`)}</td>
                    <td>{block.value}</td>
                    <td>{block.reason}</td>
                    <td>{fmt.date(block.createdAt)}</td>
                    {can("DELETE /blocks/{kind}/{value}") && (
                      <td>
                        <button
                          type="button"
                          aria-label={t("blocks.removeOf", { value: block.value })}
                          disabled={action.busy}
                          onClick={() =>
                            run(() =>
                              ok(
                                api.DELETE("/blocks/{kind}/{value}", {
                                  params: { path: { kind: block.kind, value: block.value } },
                                }),
                              ),
                            )
                          }
                        >
                          {t("common.remove")}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {can("PUT /blocks") && (
        <form
          class="compact"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => ok(api.PUT("/blocks", { body: draft }))).then(
              (done) => done && setDraft({ ...draft, value: "", reason: "" }),
            );
          }}
        >
          <h3>{t("blocks.add")}</h3>
          <SelectField
            label={t("blocks.kind")}
            value={draft.kind}
            onValue={(kind) => setDraft({ ...draft, kind: kind as Kind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`blockKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <InputField
            label={t("blocks.value")}
            required
            maxLength={254}
            value={draft.value}
            onValue={(value) => setDraft({ ...draft, value })}
          />
          <InputField
            label={t("settings.reason")}
            required
            maxLength={300}
            value={draft.reason}
            onValue={(reason) => setDraft({ ...draft, reason })}
          />
          <button type="submit" class="primary" disabled={action.busy}>
            {t("blocks.add")}
          </button>
        </form>
      )}
      <ErrorNote error={action.error} />
    </>
  );
};
