import { useApp } from "../app-context";

type Field = (name: "firstName" | "lastName" | "phone" | "email") => {
  value: string;
  onInput: (event: { currentTarget: { value: string } }) => void;
};

/** Name, phone and email: what a new client needs and what the card's edit starts with. */
export const NameAndContactFields = ({ field }: { field: Field }) => {
  const { t } = useApp();
  return (
    <>
      <label>
        {t("clients.firstName")}
        <input required maxLength={100} {...field("firstName")} />
      </label>
      <label>
        {t("clients.lastName")}
        <input required maxLength={100} {...field("lastName")} />
      </label>
      <label>
        {t("clients.field.phone")}
        <input type="tel" maxLength={32} {...field("phone")} />
      </label>
      <label>
        {t("clients.field.email")}
        <input type="email" maxLength={254} {...field("email")} />
      </label>
    </>
  );
};
