/** How staff sign in: locally with a list of the local stack's accounts, in the cloud with Cognito's hosted UI. */
export type SignInConfig =
  | { kind: "local"; accounts: { email: string; name: string; role: string; studioName: string }[] }
  /** `url`: the user pool domain's hosted UI, e.g. `https://rebook-….auth.eu-central-1.amazoncognito.com`. */
  | { kind: "cognito"; url: string; clientId: string };

/**
 * `config.json` beside index.html: written by the local server, and by the CDK deployment from the stack's
 * values, so one build runs against any API.
 */
export interface ConsoleConfig {
  /** The API's base URL; empty when the API answers on the console's own origin. */
  apiUrl: string;
  signIn: SignInConfig;
}

export const loadConfig = async (): Promise<ConsoleConfig> => {
  const response = await fetch("./config.json", { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
};
