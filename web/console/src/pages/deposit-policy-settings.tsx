import { useState } from "preact/hooks";
import { DEFAULT_DEPOSIT_POLICY, RELIABILITY_COLOURS } from "../../../../domain/model/deposit-policy";
import { ok } from "../api/client";
import { useApp } from "../app-context";
import { CheckboxField, InputField, SelectField, TextAreaField } from "../ui/fields";
import { useFields, useLoad } from "../ui/hooks";
import { ErrorNote } from "../ui/parts";
import { type StudioChange, useStudioChange } from "./use-studio-change";

type DepositChange = NonNullable<NonNullable<StudioChange["settings"]>["deposits"]>;
type Rule = NonNullable<DepositChange["rules"]>[number];
type Condition = Rule["when"];
type Retained = NonNullable<DepositChange["retainOn"]>[number];
interface Category {
  id: string;
  name: string;
}

const CONDITION_KINDS = ["service_price", "reliability", "client_tag", "new_client"] as const;
const RETAINED_ON: readonly Retained[] = ["no_show", "late_cancellation"];
const MAX_RULES = 20;

const conditionOf = (kind: Condition["kind"]): Condition => {
  switch (kind) {
    case "service_price":
      return { kind, atLeast: 0, categoryId: null };
    case "reliability":
      return { kind, colours: ["red"] };
    case "client_tag":
      return { kind, tag: "" };
    case "new_client":
      return { kind };
  }
};

/** An amount typed in the studio's currency, kept in minor units. */
const MoneyField = (props: {
  label: string;
  min: number;
  minor: number;
  onChange: (minor: number) => void;
}) => {
  const { fmt } = useApp();
  return (
    <InputField
      label={props.label}
      type="number"
      required
      min={props.min}
      step={0.01}
      value={fmt.fromMinor(props.minor)}
      onValue={(typed) => props.onChange(fmt.toMinor(Number(typed)))}
    />
  );
};

/** One rule: when it holds (its kind's own fields) and how much it asks, fixed or a percentage of the price. */
const RuleFields = (props: {
  number: number;
  rule: Rule;
  categories: Category[];
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}) => {
  const { t, fmt, studio } = useApp();
  const { rule, onChange } = props;
  const fixed = { kind: "fixed", amount: fmt.toMinor(20) } as const;
  const { when, amount } = rule;
  const setWhen = (next: Condition) => onChange({ ...rule, when: next });
  return (
    <fieldset class="row">
      <legend>{t("settings.depositRule", { number: props.number })}</legend>
      <SelectField
        label={t("settings.ruleWhen")}
        value={when.kind}
        onValue={(kind) => setWhen(conditionOf(kind as Condition["kind"]))}
      >
        {CONDITION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`settings.when.${kind}`)}
          </option>
        ))}
      </SelectField>
      {when.kind === "service_price" && (
        <>
          <MoneyField
            label={t("settings.priceFrom", { currency: studio.currency })}
            min={0}
            minor={when.atLeast}
            onChange={(atLeast) => setWhen({ ...when, atLeast })}
          />
          <SelectField
            label={t("settings.category")}
            value={when.categoryId ?? ""}
            onValue={(categoryId) => setWhen({ ...when, categoryId: categoryId || null })}
          >
            <option value="">{t("settings.anyCategory")}</option>
            {props.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        </>
      )}
      {when.kind === "reliability" &&
        RELIABILITY_COLOURS.map((colour) => (
          <CheckboxField
            key={colour}
            label={t(`reliability.${colour}`)}
            checked={when.colours.includes(colour)}
            onChecked={(checked) =>
              setWhen({
                ...when,
                colours: checked
                  ? [...when.colours, colour]
                  : when.colours.filter((other) => other !== colour),
              })
            }
          />
        ))}
      {when.kind === "client_tag" && (
        <InputField
          label={t("settings.tag")}
          required
          maxLength={50}
          value={when.tag}
          onValue={(tag) => setWhen({ ...when, tag })}
        />
      )}
      <SelectField
        label={t("settings.depositAmount")}
        value={amount.kind}
        onValue={(kind) =>
          onChange({ ...rule, amount: kind === "fixed" ? fixed : { kind: "percentage", percent: 20 } })
        }
      >
        <option value="fixed">{t("settings.amount.fixed", { currency: studio.currency })}</option>
        <option value="percentage">{t("settings.amount.percentage")}</option>
      </SelectField>
      {amount.kind === "fixed" ? (
        <MoneyField
          label={t("settings.fixedAmount", { currency: studio.currency })}
          min={0.01}
          minor={amount.amount}
          onChange={(minor) => onChange({ ...rule, amount: { kind: "fixed", amount: minor } })}
        />
      ) : (
        <InputField
          label={t("settings.percent")}
          type="number"
          required
          min={1}
          max={100}
          value={amount.percent}
          onValue={(percent) =>
            onChange({ ...rule, amount: { kind: "percentage", percent: Number(percent) } })
          }
        />
      )}
      <button type="button" onClick={props.onRemove}>
        {t("common.remove")}
      </button>
    </fieldset>
  );
};

/**
 * The deposit policy (docs/deposits-and-waitlist.md): whether online bookings are asked for deposits, the
 * rules that ask (the largest amount of those that hold), the time to pay, when a paid deposit is kept, and
 * the policy's text for clients.
 */
export const DepositPolicySettings = () => {
  const { api, studio, t } = useApp();
  const change = useStudioChange();
  const policy = { ...DEFAULT_DEPOSIT_POLICY, ...studio.settings.deposits };
  const [enabled, setEnabled] = useState(policy.enabled);
  const [rules, setRules] = useState<Rule[]>(policy.rules);
  const [retainOn, setRetainOn] = useState<Retained[]>(policy.retainOn);
  // Held as state: the rules' editor draws the form again, which must not reset what was typed.
  const { values, field } = useFields({
    policyText: policy.policyText ?? "",
    payWithinMinutes: String(policy.payWithinMinutes),
  });
  const categories = useLoad(() => ok(api.GET("/categories")), [api]);
  return (
    <form
      class="compact"
      onSubmit={(event) => {
        event.preventDefault();
        const policyText = values.policyText.trim();
        void change.save({
          settings: {
            deposits: {
              enabled,
              rules,
              payWithinMinutes: Number(values.payWithinMinutes),
              retainOn,
              policyText: policyText === "" ? null : policyText,
            },
          },
        });
      }}
    >
      <CheckboxField label={t("settings.depositsEnabled")} checked={enabled} onChecked={setEnabled} />
      <TextAreaField
        label={t("settings.depositPolicyText")}
        required={enabled}
        maxLength={500}
        {...field("policyText")}
      />
      <InputField
        label={t("settings.payWithinMinutes")}
        type="number"
        required
        min={5}
        max={24 * 60}
        {...field("payWithinMinutes")}
      />
      <fieldset>
        <legend>{t("settings.retainOn")}</legend>
        {RETAINED_ON.map((reason) => (
          <CheckboxField
            key={reason}
            label={t(`settings.retainOn.${reason}`)}
            checked={retainOn.includes(reason)}
            onChecked={(checked) =>
              setRetainOn(checked ? [...retainOn, reason] : retainOn.filter((other) => other !== reason))
            }
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settings.depositRules")}</legend>
        {rules.map((rule, index) => (
          <RuleFields
            key={index}
            number={index + 1}
            rule={rule}
            categories={categories.data?.items ?? []}
            onChange={(next) => setRules(rules.with(index, next))}
            onRemove={() => setRules(rules.filter((_, other) => other !== index))}
          />
        ))}
        {rules.length < MAX_RULES && (
          <button
            type="button"
            onClick={() =>
              setRules([
                ...rules,
                { when: conditionOf("new_client"), amount: { kind: "percentage", percent: 20 } },
              ])
            }
          >
            {t("settings.addRule")}
          </button>
        )}
      </fieldset>
      <ErrorNote error={change.error} />
      <button type="submit" class="primary" disabled={change.busy}>
        {t("common.save")}
      </button>
    </form>
  );
};
