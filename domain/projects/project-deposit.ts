import { validationError } from "../errors";
import type { Appointment } from "../model/appointment";
import type { Project } from "../model/project";

/** A paid deposit of nothing would put the project on the "paused with a paid deposit" list by mistake. */
export const checkDeposit = (
  project: Pick<Project, "depositAmount" | "depositPaid">,
  field: string,
): void => {
  if (project.depositPaid && project.depositAmount === 0) {
    throw validationError(field, "a paid deposit needs a depositAmount above 0");
  }
};

/**
 * A deposit paid on one of the project's appointments is the project's deposit (the same record, on the
 * appointment); once paid back it no longer is. Kept or counted toward a session, it stays paid.
 */
export const withAppointmentDeposit = (
  project: Project,
  before: Appointment | null,
  after: Appointment,
): Project => {
  const was = before?.deposit?.status;
  const deposit = after.deposit;
  if (deposit === undefined || deposit.status === was) return project;
  if (deposit.status === "paid" && was === "requested")
    return { ...project, depositAmount: deposit.amount, depositPaid: true };
  if (deposit.status === "refunded") return { ...project, depositPaid: false };
  return project;
};
