import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { ApiError } from "../api/client";
import { useApp } from "../app-context";
import { LANGUAGES } from "../i18n";
import { InputField } from "./fields";

/** A modal dialog (the native `<dialog>`: focus kept inside, Escape closes it). */
export const Dialog = (props: { title: string; onClose: () => void; children: ComponentChildren }) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={props.onClose} onCancel={props.onClose}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
};

/** What went wrong, in the staff member's language where the code is known, with the API's detail. */
export const ErrorNote = ({ error }: { error: unknown }) => {
  const { t } = useApp();
  if (error === null || error === undefined) return null;
  const detail =
    error instanceof ApiError
      ? [error.message, ...error.fields.map((field) => `${field.field}: ${field.message}`)].join(" · ")
      : String(error);
  return (
    <p role="alert" class="error">
      {error instanceof ApiError && error.status === 403 ? t("error.forbidden") : t("error.failed")} {detail}
    </p>
  );
};

export const Loading = () => {
  const { t } = useApp();
  return <p aria-live="polite">{t("common.loading")}</p>;
};

/** A list's items, its error or its loading state. */
export const Loaded = <T,>(props: {
  state: { data?: T; error?: unknown; loading: boolean };
  children: (data: T) => ComponentChildren;
}) => {
  if (props.state.error !== undefined) return <ErrorNote error={props.state.error} />;
  if (props.state.data === undefined) return <Loading />;
  return <>{props.children(props.state.data)}</>;
};

/** A dialog form's buttons: submit (disabled while the change runs) and cancel. */
export const FormActions = (props: {
  submitLabel: string;
  busy: boolean;
  /** Besides busy: the form is not complete yet. */
  incomplete?: boolean;
  onCancel: () => void;
}) => {
  const { t } = useApp();
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={props.busy || props.incomplete === true}>
        {props.submitLabel}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
};

/** The console's languages as a select's options, by their codes. */
export const LanguageOptions = () => (
  <>
    {LANGUAGES.map((language) => (
      <option key={language} value={language}>
        {language.toUpperCase()}
      </option>
    ))}
  </>
);

/** The from and to of one span, as times or as dates (a date span cannot end before it starts). */
export const FromToFields = <T extends { from: string; to: string }>(props: {
  type: "time" | "date";
  span: T;
  onChange: (span: T) => void;
}) => {
  const { t } = useApp();
  const { span } = props;
  return (
    <>
      <InputField
        label={t("settings.from")}
        type={props.type}
        required
        value={span.from}
        onValue={(from) => props.onChange({ ...span, from })}
      />
      <InputField
        label={t("settings.to")}
        type={props.type}
        required
        min={props.type === "date" ? span.from : undefined}
        value={span.to}
        onValue={(to) => props.onChange({ ...span, to })}
      />
    </>
  );
};
