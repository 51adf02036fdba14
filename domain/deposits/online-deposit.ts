import type { AppointmentDeposit } from "../model/appointment";
import type { Service } from "../model/catalog";
import type { Studio } from "../model/studio";
import type { BookingCard } from "../online-booking/phone-verification";
import type { Dependencies } from "../ports/dependencies";
import { depositFor, depositPolicyOf, depositSubjectOf } from "./deposit-rules";
import { openDeposit } from "./open-deposit";

const MINUTE = 60_000;

export interface OnlineDepositRequest {
  studio: Studio;
  service: Service;
  /** The phone's card, or null for a client the studio does not know yet. */
  card: BookingCard | null;
  appointment: { id: string; startsAt: string };
  /** The client's page of the booking: where the checkout returns to. */
  returnUrl: string;
  email: string | null;
  now: string;
}

/**
 * The deposit an online booking must pay before it is booked, by the studio's policy, with its checkout
 * opened (keyed by the appointment, so a retry opens no second one) until the time to pay ends; null when
 * none is due.
 */
export const onlineDeposit = async (
  deps: Pick<Dependencies, "payments">,
  { studio, service, card, appointment, returnUrl, email, now }: OnlineDepositRequest,
): Promise<AppointmentDeposit | null> => {
  const policy = depositPolicyOf(studio.settings);
  const amount = depositFor(
    policy,
    depositSubjectOf(service, card?.client ?? null, card?.history ?? null, now),
  );
  if (amount === null) return null;
  const payBy = new Date(Date.parse(now) + policy.payWithinMinutes * MINUTE).toISOString();
  return openDeposit(deps, {
    studio,
    appointment: { ...appointment, serviceName: service.name },
    amount,
    idempotencyKey: `deposit.${appointment.id}`,
    returnUrl,
    openUntil: payBy,
    payBy,
    customerEmail: email,
    now,
  });
};
