import { getSecret } from "@aws-lambda-powertools/parameters/secrets";
import type { Environment } from "./environment";

/** The secret is read once per cold start; Parameters keeps it for five minutes for anything that asks again. */
const MAX_AGE_SECONDS = 300;

/**
 * Rebook's one secret: in the cloud read at runtime from Secrets Manager (never put into the function's
 * configuration), locally and in tests given as APP_SECRET.
 */
export const loadAppSecret = async (environment: Environment): Promise<string> => {
  if (environment.APP_SECRET !== undefined) return environment.APP_SECRET;
  if (environment.APP_SECRET_ARN === undefined) throw new Error("invalid environment: set APP_SECRET_ARN");
  const secret = await getSecret<string>(environment.APP_SECRET_ARN, { maxAge: MAX_AGE_SECONDS });
  if (typeof secret !== "string") throw new Error(`secret ${environment.APP_SECRET_ARN} holds no text`);
  return secret;
};
