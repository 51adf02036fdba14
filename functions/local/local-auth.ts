import { jwtVerify, SignJWT } from "jose";
import type { StaffAccount } from "../../domain/model/staff-account";
import { ACCOUNT_CLAIM, ROLE_CLAIM, STUDIO_CLAIM } from "../http/admin-routes";

const ISSUER = "rebook-local";
const AUDIENCE = "rebook-console";

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** A staff token like the console's Cognito ID token, signed with the local stack's secret. */
export const signLocalToken = (
  account: Pick<StaffAccount, "id" | "studioId" | "role" | "email">,
  secret: string,
) =>
  new SignJWT({
    [STUDIO_CLAIM]: account.studioId,
    [ROLE_CLAIM]: account.role,
    [ACCOUNT_CLAIM]: account.id,
    email: account.email,
  })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("12h")
    .sign(keyOf(secret));

/** Checks signature, issuer, audience and expiry, as API Gateway's JWT authorizer does in the cloud. */
export const verifyLocalToken = async (token: string, secret: string): Promise<Record<string, string>> => {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ["HS256"],
    requiredClaims: ["exp"],
  });
  return Object.fromEntries(
    Object.entries(payload).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
};
