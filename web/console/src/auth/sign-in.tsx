import { useState } from "preact/hooks";
import type { ConsoleConfig } from "../config";
import { isLanguage, type Language, translator } from "../i18n";
import { InputField } from "../ui/fields";
import { startCognitoSignIn } from "./cognito";
import { signInLocally } from "./session";

/** The language before the studio is known: the browser's, if the console speaks it. */
const browserLanguage = (): Language => {
  const language = navigator.language.slice(0, 2);
  return isLanguage(language) ? language : "en";
};

/**
 * Locally: the local stack's accounts, one click each, or any local address. In the cloud: a button to
 * Cognito's hosted UI, where password and MFA are asked.
 */
export const SignIn = ({ config }: { config: ConsoleConfig }) => {
  const t = translator(browserLanguage());
  const [email, setEmail] = useState("");
  const [failed, setFailed] = useState(false);
  const signIn = (address: string) =>
    signInLocally(config, address).then(
      () => location.reload(),
      () => setFailed(true),
    );
  const { signIn: method } = config;
  return (
    <main class="sign-in">
      <h1>{t("signIn.title")}</h1>
      {method.kind === "cognito" ? (
        <button type="button" class="primary" onClick={() => startCognitoSignIn(method)}>
          {t("signIn.withCognito")}
        </button>
      ) : (
        <>
          <h2>{t("signIn.localAccounts")}</h2>
          <ul class="accounts">
            {method.accounts.map((account) => (
              <li key={account.email}>
                <button type="button" onClick={() => signIn(account.email)}>
                  {t("signIn.as", { name: account.name, role: account.role, studio: account.studioName })}
                </button>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void signIn(email);
            }}
          >
            <InputField label={t("signIn.email")} type="email" required value={email} onValue={setEmail} />
            <button type="submit">{t("signIn.submit")}</button>
          </form>
          {failed && (
            <p role="alert" class="error">
              {t("signIn.failed")}
            </p>
          )}
        </>
      )}
    </main>
  );
};
