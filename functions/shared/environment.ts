import * as z from "zod";

const environmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  /** Set by the local stack and the tests to reach DynamoDB Local; unset in the cloud. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Signs and verifies unsubscribe tokens; only the functions that sign or verify them receive it. */
  UNSUBSCRIBE_SECRET: z.string().min(32).optional(),
  /** Origin of the public unsubscribe endpoint, for the links in marketing messages. */
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
});

export type Environment = z.infer<typeof environmentSchema>;

export const readEnvironment = (source: NodeJS.ProcessEnv = process.env): Environment => {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

/** The unsubscribe token secret, for the functions that cannot work without it. */
export const unsubscribeSecretOf = (environment: Environment): string => {
  if (environment.UNSUBSCRIBE_SECRET === undefined)
    throw new Error("invalid environment: UNSUBSCRIBE_SECRET is unset");
  return environment.UNSUBSCRIBE_SECRET;
};
