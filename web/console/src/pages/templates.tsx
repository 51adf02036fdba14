import { useEffect, useState } from "preact/hooks";
import { ok, type Schemas } from "../api/client";
import { useApp } from "../app-context";
import { isLanguage, type Language } from "../i18n";
import { href, navigate, type Route } from "../router";
import { InputField, SelectField, TextAreaField } from "../ui/fields";
import { useAction, useLoad } from "../ui/hooks";
import { ErrorNote, LanguageOptions, Loaded } from "../ui/parts";

type Template = Schemas["TemplateListing"]["templates"][number];
const PREVIEW_DELAY_MS = 250;

/** `#/templates?locale=de&purpose=…&channel=…`: the templates of a language, one of them in the editor. */
export const TemplatesPage = ({ route }: { route: Route }) => {
  const { api, t, language } = useApp();
  const requested = route.query.get("locale") ?? language;
  const locale: Language = isLanguage(requested) ? requested : language;
  const purpose = route.query.get("purpose");
  const channel = route.query.get("channel");
  const listing = useLoad(() => ok(api.GET("/templates", { params: { query: { locale } } })), [api, locale]);
  const open = (query: Record<string, string>) => navigate(href(["templates"], { locale, ...query }));
  return (
    <section aria-labelledby="templates-title">
      <div class="toolbar">
        <h1 id="templates-title">{t("nav.templates")}</h1>
        <SelectField
          label={t("common.language")}
          value={locale}
          onValue={(chosen) => navigate(href(["templates"], { locale: chosen }))}
        >
          <LanguageOptions />
        </SelectField>
      </div>
      <Loaded state={listing}>
        {(loaded) => {
          const selected = loaded.templates.find(
            (template) => template.purpose === purpose && template.channel === channel,
          );
          return (
            <div class="split">
              <ul class="plain template-list">
                {loaded.templates.map((template) => (
                  <li key={`${template.purpose}-${template.channel}`}>
                    <a
                      href={href(["templates"], {
                        locale,
                        purpose: template.purpose,
                        channel: template.channel,
                      })}
                      aria-current={template === selected ? "page" : undefined}
                    >
                      {t(`templatePurpose.${template.purpose}`)} · {t(`channel.${template.channel}`)}
                      {template.overridden && ` · ${t("templates.own")}`}
                    </a>
                  </li>
                ))}
              </ul>
              {selected === undefined ? (
                <p>{t("templates.pick")}</p>
              ) : (
                <TemplateEditor
                  key={`${locale}-${selected.purpose}-${selected.channel}-${selected.updatedAt}`}
                  template={selected}
                  locale={locale}
                  onSaved={() => {
                    listing.reload();
                    open({ purpose: selected.purpose, channel: selected.channel });
                  }}
                />
              )}
            </div>
          );
        }}
      </Loaded>
    </section>
  );
};

/** Subject and body with a live preview: rendered text, SMS encoding and segments, and the template's problems. */
const TemplateEditor = (props: { template: Template; locale: Language; onSaved: () => void }) => {
  const { api, t, can } = useApp();
  const { template } = props;
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [preview, setPreview] = useState<Schemas["TemplatePreview"] | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const action = useAction();
  const editable = can("PUT /templates/{purpose}/{channel}");
  const path = { purpose: template.purpose, channel: template.channel };

  useEffect(() => {
    if (body.trim() === "") return;
    const timer = setTimeout(() => {
      ok(
        api.POST("/templates/preview", {
          body: { purpose: template.purpose, channel: template.channel, locale: props.locale, subject, body },
        }),
      ).then((answer) => {
        setPreview(answer);
        setPreviewError(null);
      }, setPreviewError);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, template, props.locale, subject, body]);

  return (
    <form
      class="editor"
      onSubmit={(event) => {
        event.preventDefault();
        void action
          .run(() =>
            ok(
              api.PUT("/templates/{purpose}/{channel}", {
                params: { path },
                body: { locale: props.locale, subject: template.channel === "email" ? subject : null, body },
              }),
            ),
          )
          .then((done) => done && props.onSaved());
      }}
    >
      <h2>
        {t(`templatePurpose.${template.purpose}`)} · {t(`channel.${template.channel}`)}
      </h2>
      {template.channel === "email" && (
        <InputField
          label={t("templates.subject")}
          value={subject ?? ""}
          readOnly={!editable}
          maxLength={200}
          onValue={(typed) => setSubject(typed || null)}
        />
      )}
      <TextAreaField
        label={t("templates.body")}
        rows={8}
        value={body}
        readOnly={!editable}
        maxLength={10000}
        onValue={setBody}
      />
      <section aria-labelledby="preview-title" aria-live="polite" class="preview">
        <h3 id="preview-title">{t("templates.preview")}</h3>
        <ErrorNote error={previewError} />
        {preview !== null && (
          <>
            {preview.sms !== null && (
              <p data-testid="sms-counter">
                {t("templates.smsCounter", {
                  encoding: preview.sms.encoding,
                  characters: preview.sms.characters,
                  segments: preview.sms.segments,
                })}
              </p>
            )}
            {preview.problems.length === 0 ? (
              <p class="ok">{t("templates.noProblems")}</p>
            ) : (
              <ul class="problems">
                {preview.problems.map((problem) => (
                  <li key={problem.code} data-code={problem.code}>
                    {t(`templateProblem.${problem.code}`)}
                  </li>
                ))}
              </ul>
            )}
            {preview.subject !== null && <strong>{preview.subject}</strong>}
            <pre>{preview.body}</pre>
          </>
        )}
      </section>
      <ErrorNote error={action.error} />
      {editable && (
        <div class="actions">
          <button type="submit" class="primary" disabled={action.busy}>
            {t("common.save")}
          </button>
          {template.overridden && can("DELETE /templates/{purpose}/{channel}") && (
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                action
                  .run(() =>
                    ok(
                      api.DELETE("/templates/{purpose}/{channel}", {
                        params: { path, query: { locale: props.locale } },
                      }),
                    ),
                  )
                  .then((done) => done && props.onSaved())
              }
            >
              {t("templates.reset")}
            </button>
          )}
        </div>
      )}
    </form>
  );
};
