/** A deposit's checkout at the payment provider: the page where the client pays. */
export interface CheckoutRequest {
  /** The same key opens the same checkout: a retried request does not open a second one. */
  idempotencyKey: string;
  studioId: string;
  appointmentId: string;
  /** Minor units of `currency`. */
  amount: number;
  /** ISO 4217, e.g. EUR. */
  currency: string;
  /** What the client pays for, e.g. "Deposit: Full sleeve session, Tue 14 Apr 10:00". */
  description: string;
  /** Where the client lands after paying or abandoning (their booking's page). */
  returnUrl: string;
  /** The checkout is kept open at least until then; a provider may keep it open longer (Stripe: ≥ 30 min). */
  openUntil: string;
  customerEmail: string | null;
  /** BCP 47, e.g. de-DE: the checkout page's language. */
  locale: string;
}

export interface Checkout {
  checkoutId: string;
  /** The page the client pays on. */
  url: string;
}

/** A provider event, once its signature is verified: a checkout paid, or something Rebook does not act on. */
export type PaymentEvent =
  | {
      kind: "paid";
      eventId: string;
      checkoutId: string;
      /** The provider's payment (Stripe: the PaymentIntent): what a refund names. */
      paymentId: string;
      amount: number;
      currency: string;
      studioId: string;
      appointmentId: string;
    }
  | { kind: "ignored"; eventId: string; type: string };

export interface RefundRequest {
  /** The same key makes the same refund: a retried refund does not pay back twice. */
  idempotencyKey: string;
  paymentId: string;
  /** Minor units. */
  amount: number;
}

/** Deposits are paid at a payment provider: Stripe in the cloud, the payment simulator on the local stack. */
export interface Payments {
  startCheckout(request: CheckoutRequest): Promise<Checkout>;
  refund(request: RefundRequest): Promise<{ refundId: string }>;
  /**
   * The event the provider signed, from the request's raw body and signature header; a forged, altered or
   * stale one throws `PAYMENT.SIGNATURE_INVALID`.
   */
  verifyEvent(payload: string, signature: string | null): PaymentEvent;
}
