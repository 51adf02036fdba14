import type { SignInConfig } from "../config";

type CognitoConfig = Extract<SignInConfig, { kind: "cognito" }>;

const PKCE_KEY = "rebook.pkce";
/** The console's own address: `/` on CloudFront (the client's callback URL), `/console/` on the local stack. */
const redirectUri = () => `${location.origin}${location.pathname}`;

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
const randomString = (bytes: number) => base64Url(crypto.getRandomValues(new Uint8Array(bytes)));

export interface CognitoTokens {
  idToken: string;
  refreshToken: string | null;
}

/** Sends the browser to the hosted UI with a PKCE challenge (RFC 7636); MFA happens there. */
export const startCognitoSignIn = async (config: CognitoConfig) => {
  const verifier = randomString(32);
  const state = randomString(16);
  const challenge = base64Url(
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  location.assign(
    `${config.url}/oauth2/authorize?${new URLSearchParams({
      response_type: "code",
      client_id: config.clientId,
      redirect_uri: redirectUri(),
      scope: "openid email profile",
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
    })}`,
  );
};

const tokenRequest = async (config: CognitoConfig, parameters: Record<string, string>) => {
  const response = await fetch(`${config.url}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: config.clientId, ...parameters }),
  });
  if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);
  const body = (await response.json()) as { id_token: string; refresh_token?: string };
  return { idToken: body.id_token, refreshToken: body.refresh_token ?? null };
};

/** Trades the hosted UI's `?code=` for tokens, once; null when the page was not opened by the hosted UI. */
export const finishCognitoSignIn = async (config: CognitoConfig): Promise<CognitoTokens | null> => {
  const parameters = new URLSearchParams(location.search);
  const code = parameters.get("code");
  if (code === null) return null;
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? "null") as {
    verifier: string;
    state: string;
  } | null;
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, "", `${location.pathname}${location.hash}`);
  if (saved === null || saved.state !== parameters.get("state")) return null;
  return tokenRequest(config, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri(),
    code_verifier: saved.verifier,
  });
};

/** ID tokens live 15 minutes; the refresh token gets the next one without the hosted UI. */
export const refreshCognitoTokens = async (config: CognitoConfig, refreshToken: string) => ({
  ...(await tokenRequest(config, { grant_type: "refresh_token", refresh_token: refreshToken })),
  refreshToken,
});

export const cognitoSignOutUrl = (config: CognitoConfig) =>
  `${config.url}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri() })}`;
