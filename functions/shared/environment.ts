import * as z from "zod";

const environmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  /** Set by the local stack and the tests to reach DynamoDB Local; unset in the cloud. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** The application secret itself: local stack and tests only. */
  APP_SECRET: z.string().min(32).optional(),
  /** Where the cloud keeps the application secret (Secrets Manager). */
  APP_SECRET_ARN: z.string().min(1).optional(),
  /** The staff user pool (Cognito), for the functions that manage sign-ins. */
  USER_POOL_ID: z.string().min(1).optional(),
  /** Origin of the public routes (unsubscribe links, booking pages). */
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
});

export type Environment = z.infer<typeof environmentSchema>;

export const readEnvironment = (source: NodeJS.ProcessEnv = process.env): Environment => {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};
