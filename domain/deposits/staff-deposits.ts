import { commitAppointmentChange } from "../appointments/commit-appointment-change";
import { loadAppointment } from "../appointments/load-appointment";
import { notFound, RebookError, validationError } from "../errors";
import type { Appointment, AppointmentDeposit } from "../model/appointment";
import type { Studio } from "../model/studio";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { changeDeposit, type DepositChangeDeps } from "./deposit-changes";
import { depositFor, depositPolicyOf, depositSubjectOf } from "./deposit-rules";
import { openDeposit } from "./open-deposit";

const HOUR = 3_600_000;
/** A deposit staff ask for is paid on its checkout, which a provider keeps open for a day at most. */
const CHECKOUT_HOURS = 24;

/** States in which a deposit is still asked for or held: asking again would ask twice. */
const OPEN: readonly AppointmentDeposit["status"][] = [
  "requested",
  "paid",
  "refunding",
  "retained",
  "credited",
];

const invalid = (message: string) => new RebookError("DEPOSIT.INVALID_TRANSITION", message);

type StaffDepositDeps = DepositChangeDeps &
  Pick<Dependencies, "studios" | "clients" | "payments" | "bookingPageUrl" | "clock">;

/** The policy's amount for the appointment's client and service, or null when no rule applies. */
const policyAmount = async (
  deps: StaffDepositDeps,
  studio: Studio,
  appointment: Appointment,
  now: string,
) => {
  const [client, history] = await Promise.all([
    deps.clients.get(studio.id, appointment.clientId),
    deps.appointments.history(studio.id, appointment.clientId),
  ]);
  return depositFor(
    { ...depositPolicyOf(studio.settings), enabled: true },
    depositSubjectOf({ price: appointment.price, categoryId: appointment.categoryId }, client, history, now),
  );
};

/**
 * Staff ask for a deposit on a booked appointment: `amount`, or what the studio's rules would ask of this
 * client (400 naming `amount` when none applies), never more than the price. A checkout is opened (keyed by
 * the appointment's version, so a retry opens no second one) and, in the same change, the client is sent
 * their booking's page, where they pay. The booking stays booked whether or not they do.
 */
export const requestDeposit =
  (deps: StaffDepositDeps) =>
  async (studioId: string, appointmentId: string, amount: number | null): Promise<Appointment> => {
    const now = deps.clock();
    const [studio, current] = await Promise.all([
      loadStudio(deps.studios, studioId),
      loadAppointment(deps.appointments, studioId, appointmentId),
    ]);
    if (current.status !== "booked" || Date.parse(current.startsAt) <= Date.parse(now)) {
      throw invalid("a deposit can be asked for a booked appointment still ahead");
    }
    if (current.deposit !== undefined && OPEN.includes(current.deposit.status)) {
      throw invalid(`this appointment's deposit is ${current.deposit.status} already`);
    }
    const asked = amount ?? (await policyAmount(deps, studio, current, now));
    if (asked === null)
      throw validationError("amount", "no rule of the deposit policy applies; give an amount");
    if (asked > current.price) throw validationError("amount", "is more than the appointment's price");
    const deposit = await openDeposit(deps, {
      studio,
      appointment: current,
      amount: asked,
      idempotencyKey: `deposit.${current.id}.${current.version}`,
      returnUrl: deps.bookingPageUrl({ studioId, appointmentId: current.id }),
      openUntil: new Date(
        Math.min(Date.parse(current.startsAt), Date.parse(now) + CHECKOUT_HOURS * HOUR),
      ).toISOString(),
      payBy: null,
      customerEmail: null,
      now,
    });
    // Over the version read: a change meanwhile refuses this one (409), and asking again opens a new checkout.
    const next = revised(current, { deposit }, now);
    await commitAppointmentChange(deps, studio, current, next);
    return next;
  };

export type DepositOutcome = "refund" | "retain";

/**
 * Staff settle a paid deposit: pay it back (the notice run refunds it at the provider and tells the client)
 * or keep it (a late cancellation the policy did not keep it for, a no-show). A kept deposit may still be
 * paid back; one paid back or counted toward the price is final.
 */
export const settleDeposit =
  (deps: StaffDepositDeps) =>
  async (studioId: string, appointmentId: string, outcome: DepositOutcome): Promise<Appointment> => {
    const now = deps.clock();
    const studio = await loadStudio(deps.studios, studioId);
    const wanted = outcome === "refund" ? "refunding" : "retained";
    const from: readonly AppointmentDeposit["status"][] =
      outcome === "refund" ? ["paid", "retained"] : ["paid"];
    const next = await changeDeposit(deps, studio, appointmentId, now, (_, deposit) => {
      if (deposit.status === wanted || (outcome === "refund" && deposit.status === "refunded")) return null;
      if (!from.includes(deposit.status))
        throw invalid(
          `a ${deposit.status} deposit cannot be ${outcome === "refund" ? "refunded" : "retained"}`,
        );
      return { deposit: { ...deposit, status: wanted, settledAt: now } };
    });
    // The change reads the appointment itself: none, or one without a deposit, is what it answers.
    if (next === null) throw notFound("APPOINTMENT.NOT_FOUND", appointmentId);
    if (next.deposit === undefined)
      throw new RebookError("DEPOSIT.NOT_FOUND", "this appointment asked for no deposit");
    return next;
  };
