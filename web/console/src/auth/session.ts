import type { StaffRole } from "../../../../domain/model/staff-account";
import { ACCOUNT_CLAIM, ROLE_CLAIM, STUDIO_CLAIM } from "../../../../functions/http/admin-routes";
import type { ConsoleConfig } from "../config";
import { type CognitoTokens, cognitoSignOutUrl, finishCognitoSignIn, refreshCognitoTokens } from "./cognito";

const TOKENS_KEY = "rebook.tokens";
/** A token this close to its expiry is refreshed before it is sent. */
const REFRESH_MARGIN_MS = 60_000;

export interface Claims {
  studioId: string;
  role: StaffRole;
  accountId: string;
  email: string;
  expiresAt: number;
}

export interface Session {
  claims: Claims;
  /** The ID token to send, refreshed when it is about to expire. */
  token: () => Promise<string>;
  signOut: () => void;
}

const claimsOf = (idToken: string): Claims => {
  const payload = JSON.parse(
    atob(idToken.split(".")[1]!.replaceAll("-", "+").replaceAll("_", "/")),
  ) as Record<string, string | number>;
  return {
    studioId: String(payload[STUDIO_CLAIM]),
    role: payload[ROLE_CLAIM] as StaffRole,
    accountId: String(payload[ACCOUNT_CLAIM]),
    email: String(payload.email),
    expiresAt: Number(payload.exp) * 1000,
  };
};

const store = (tokens: CognitoTokens) => sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
const stored = () => JSON.parse(sessionStorage.getItem(TOKENS_KEY) ?? "null") as CognitoTokens | null;

const sessionOf = (config: ConsoleConfig, initial: CognitoTokens): Session => {
  let tokens = initial;
  const signOut = () => {
    sessionStorage.removeItem(TOKENS_KEY);
    if (config.signIn.kind === "cognito") location.assign(cognitoSignOutUrl(config.signIn));
    else location.reload();
  };
  return {
    claims: claimsOf(tokens.idToken),
    token: async () => {
      const expiring = claimsOf(tokens.idToken).expiresAt - Date.now() < REFRESH_MARGIN_MS;
      if (expiring && config.signIn.kind === "cognito" && tokens.refreshToken !== null) {
        tokens = await refreshCognitoTokens(config.signIn, tokens.refreshToken);
        store(tokens);
      }
      return tokens.idToken;
    },
    signOut,
  };
};

/** The session kept in this tab, or the one the hosted UI just handed back; null when signed out. */
export const restoreSession = async (config: ConsoleConfig): Promise<Session | null> => {
  const handedBack = config.signIn.kind === "cognito" ? await finishCognitoSignIn(config.signIn) : null;
  if (handedBack !== null) store(handedBack);
  const tokens = stored();
  // An expired token is not checked here: the API answers it with 401, which signs out.
  return tokens === null ? null : sessionOf(config, tokens);
};

/** The local stack's sign-in: a token for a local account, by its address. */
export const signInLocally = async (config: ConsoleConfig, email: string): Promise<Session> => {
  const response = await fetch(`${config.apiUrl}/_local/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const tokens = { idToken: ((await response.json()) as { token: string }).token, refreshToken: null };
  store(tokens);
  return sessionOf(config, tokens);
};
