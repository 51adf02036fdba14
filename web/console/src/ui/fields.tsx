import type {
  ComponentChildren,
  InputHTMLAttributes,
  PartialInputHTMLAttributes,
  PartialSelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "preact";

/**
 * The field's text, and what gets the new value when the staff member changes it (absent where the form reads
 * its fields on submit).
 */
interface LabelledValue {
  label: string;
  onValue?: (value: string) => void;
}

type InputType = "text" | "number" | "email" | "tel" | "url" | "search" | "date" | "time";

/**
 * A labelled one-line input of any type but checkbox (numbers too: `onValue` hands over the text typed, the
 * caller turns it into a number where it keeps one).
 */
export const InputField = ({
  label,
  onValue,
  ...input
}: LabelledValue & { type?: InputType } & Omit<
    PartialInputHTMLAttributes<HTMLInputElement>,
    "type" | "role" | "onInput"
  >) => (
  <label>
    {label}
    {/* Preact types an input's attributes per type; every `InputType` takes the attributes spread here. */}
    <input
      {...(input as InputHTMLAttributes<HTMLInputElement>)}
      onInput={onValue && ((event) => onValue(event.currentTarget.value))}
    />
  </label>
);

/** A labelled select; its options are the children. */
export const SelectField = ({
  label,
  onValue,
  children,
  ...select
}: LabelledValue & { children: ComponentChildren } & Omit<
    PartialSelectHTMLAttributes<HTMLSelectElement>,
    "role" | "onChange"
  >) => (
  <label>
    {label}
    <select {...select} onChange={onValue && ((event) => onValue(event.currentTarget.value))}>
      {children}
    </select>
  </label>
);

export const TextAreaField = ({
  label,
  onValue,
  ...textarea
}: LabelledValue & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onInput">) => (
  <label>
    {label}
    <textarea {...textarea} onInput={onValue && ((event) => onValue(event.currentTarget.value))} />
  </label>
);

/** A checkbox with its label after it, on one line. */
export const CheckboxField = ({
  label,
  onChecked,
  ...input
}: {
  label: string;
  onChecked?: (checked: boolean) => void;
} & Omit<PartialInputHTMLAttributes<HTMLInputElement>, "type" | "role" | "onChange">) => (
  <label class="inline">
    <input
      type="checkbox"
      {...input}
      onChange={onChecked && ((event) => onChecked(event.currentTarget.checked))}
    />
    {label}
  </label>
);
