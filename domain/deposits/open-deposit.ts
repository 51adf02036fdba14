import { formatAppointmentTime } from "../messaging/appointment-time";
import type { Appointment, AppointmentDeposit } from "../model/appointment";
import type { Studio } from "../model/studio";
import type { Dependencies } from "../ports/dependencies";

export interface DepositOpening {
  studio: Studio;
  appointment: Pick<Appointment, "id" | "serviceName" | "startsAt">;
  /** Minor units of the studio's currency. */
  amount: number;
  /** The same key opens the same checkout: a retry opens no second one. */
  idempotencyKey: string;
  /** The client's page of the booking, where the checkout returns to. */
  returnUrl: string;
  openUntil: string;
  /** An online booking's time to pay; null for a deposit staff asked for. */
  payBy: string | null;
  customerEmail: string | null;
  now: string;
}

/** Opens a deposit's checkout at the payment provider and returns the deposit's record, requested. */
export const openDeposit = async (
  deps: Pick<Dependencies, "payments">,
  {
    studio,
    appointment,
    amount,
    idempotencyKey,
    returnUrl,
    openUntil,
    payBy,
    customerEmail,
    now,
  }: DepositOpening,
): Promise<AppointmentDeposit> => {
  const checkout = await deps.payments.startCheckout({
    idempotencyKey,
    studioId: studio.id,
    appointmentId: appointment.id,
    amount,
    currency: studio.currency,
    description: `${appointment.serviceName}, ${formatAppointmentTime(appointment.startsAt, studio.timeZone, studio.locale)}`,
    returnUrl,
    openUntil,
    customerEmail,
    locale: studio.locale,
  });
  return {
    amount,
    currency: studio.currency,
    status: "requested",
    requestedAt: now,
    payBy,
    checkoutId: checkout.checkoutId,
    paymentUrl: checkout.url,
    paymentId: null,
    paidAt: null,
    refundId: null,
    settledAt: null,
  };
};
