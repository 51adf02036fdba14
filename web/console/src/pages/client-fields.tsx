import { useApp } from "../app-context";
import { InputField } from "../ui/fields";

type Field = (name: "firstName" | "lastName" | "phone" | "email") => {
  value: string;
  onValue: (value: string) => void;
};

/** Name, phone and email: what a new client needs and what the card's edit starts with. */
export const NameAndContactFields = ({ field }: { field: Field }) => {
  const { t } = useApp();
  return (
    <>
      <InputField label={t("clients.firstName")} required maxLength={100} {...field("firstName")} />
      <InputField label={t("clients.lastName")} required maxLength={100} {...field("lastName")} />
      <InputField label={t("clients.field.phone")} type="tel" maxLength={32} {...field("phone")} />
      <InputField label={t("clients.field.email")} type="email" maxLength={254} {...field("email")} />
    </>
  );
};
