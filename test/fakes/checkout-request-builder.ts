import type { CheckoutRequest } from "../../domain/ports/payments";

/** A deposit's checkout of 50.00 EUR for appointment appt-1 of studio-1, open until 09:00 UTC. */
export const aCheckoutRequest = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  idempotencyKey: "deposit-checkout-a1",
  studioId: "studio-1",
  appointmentId: "appt-1",
  amount: 5000,
  currency: "EUR",
  description: "Deposit: Full sleeve session, Tue 14 Apr 10:00",
  returnUrl: "https://book.rebook.test/b/token-1",
  openUntil: "2026-04-14T09:00:00.000Z",
  customerEmail: "ada@example.com",
  locale: "de-DE",
  ...overrides,
});
