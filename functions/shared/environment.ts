import * as z from "zod/mini";

const environmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  /** Set by the local stack and the tests to reach DynamoDB Local; unset in the cloud. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  /** The application secret itself: local stack and tests only. */
  APP_SECRET: z.optional(z.string().check(z.minLength(32))),
  /** Where the cloud keeps the application secret (Secrets Manager). */
  APP_SECRET_ARN: z.optional(z.string().check(z.minLength(1))),
  /** The staff user pool (Cognito), for the functions that manage sign-ins. */
  USER_POOL_ID: z.optional(z.string().check(z.minLength(1))),
  /** Origin of the booking routes (the clients' self-service links); the public routes' origin when unset. */
  BOOKING_BASE_URL: z.optional(z.url()),
  /** The gallery's bucket, for the functions that reach it. */
  PHOTO_BUCKET: z.optional(z.string().check(z.minLength(1))),
  /** Set by the local stack and the tests to reach the local S3 server; unset in the cloud. */
  S3_ENDPOINT: z.optional(z.url()),
  /** Where the cloud keeps Stripe's keys (Secrets Manager, JSON `{ apiKey, webhookSecret }`), for the functions taking deposits. */
  STRIPE_SECRET_ARN: z.optional(z.string().check(z.minLength(1))),
  /** The payment simulator's signing secret: local stack and tests only, in place of Stripe. */
  PAYMENT_SIMULATOR_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** Origin of the public routes (unsubscribe links, booking pages). */
  PUBLIC_BASE_URL: z._default(z.url(), "http://localhost:3000"),
});

export type Environment = z.infer<typeof environmentSchema>;

export const readEnvironment = (source: NodeJS.ProcessEnv = process.env): Environment => {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};
