import { getSecret } from "@aws-lambda-powertools/parameters/secrets";
import Stripe from "stripe";
import * as z from "zod/mini";
import type { Payments } from "../../domain/ports/payments";
import { type PaymentSimulator, paymentSimulator } from "../adapters/payments/payment-simulator";
import { stripePayments } from "../adapters/payments/stripe-payments";
import type { Environment } from "./environment";
import { systemClock } from "./system-clock";

/** The secret is read once per cold start; Parameters keeps it five minutes for anything that asks again. */
const MAX_AGE_SECONDS = 300;

/** Both empty until the operator fills them (infra/constructs/stripe-secret.ts). */
const stripeSecretSchema = z.object({
  /** A secret or restricted key (`sk_…`/`rk_…`) with write access to Checkout Sessions and Refunds. */
  apiKey: z.string(),
  /** The webhook endpoint's signing secret (`whsec_…`). */
  webhookSecret: z.string(),
});

/** Stripe's own retries (network errors, 409, 5xx) resend the same idempotency key: nothing happens twice. */
const stripeClientOptions = { maxNetworkRetries: 2, timeout: 10_000 };

let simulator: PaymentSimulator | undefined;

/**
 * The local stack's simulator, one per process: the functions that take and refund deposits go through it,
 * and the local server serves its pages, so the refunds it records are the ones they made.
 */
export const paymentSimulatorOf = (environment: Environment): PaymentSimulator => {
  if (environment.PAYMENT_SIMULATOR_SECRET === undefined)
    throw new Error("PAYMENT_SIMULATOR_SECRET is not set");
  simulator ??= paymentSimulator({
    webhookSecret: environment.PAYMENT_SIMULATOR_SECRET,
    baseUrl: environment.PUBLIC_BASE_URL,
    clock: systemClock,
  });
  return simulator;
};

/** Before the operator puts Stripe's keys in, deposits are refused; bookings without one work as before. */
const paymentsNotConfigured = (secretArn: string): Payments => {
  const refuse = (): never => {
    throw new Error(`deposits need Stripe's keys: put them into secret ${secretArn}`);
  };
  return { startCheckout: async () => refuse(), refund: async () => refuse(), verifyEvent: refuse };
};

const stripeFrom = async (secretArn: string): Promise<Payments> => {
  const secret = stripeSecretSchema.safeParse(
    await getSecret(secretArn, { transform: "json", maxAge: MAX_AGE_SECONDS }),
  );
  if (!secret.success)
    throw new Error(`secret ${secretArn} must hold JSON { "apiKey": …, "webhookSecret": … }`);
  if (secret.data.apiKey === "" || secret.data.webhookSecret === "") return paymentsNotConfigured(secretArn);
  return stripePayments(
    new Stripe(secret.data.apiKey, stripeClientOptions),
    secret.data.webhookSecret,
    systemClock,
  );
};

/**
 * Deposits' payments, for the booking, appointments and payments functions: Stripe in the cloud
 * (STRIPE_SECRET_ARN), the payment simulator on the local stack and in tests (PAYMENT_SIMULATOR_SECRET).
 */
export const paymentsOf = async (environment: Environment): Promise<Payments> => {
  if (environment.PAYMENT_SIMULATOR_SECRET !== undefined) return paymentSimulatorOf(environment);
  if (environment.STRIPE_SECRET_ARN !== undefined) return stripeFrom(environment.STRIPE_SECRET_ARN);
  throw new Error("invalid environment: set STRIPE_SECRET_ARN");
};
