import { notFound, RebookError } from "../errors";
import type { StaffAccount } from "../model/staff-account";
import type { Dependencies } from "../ports/dependencies";

/** One address signs in to one account: it is the sign-in name. */
export const emailTaken = (): RebookError =>
  new RebookError("ACCOUNT.EMAIL_TAKEN", "this address already signs in to Rebook", {
    issues: [{ field: "email", message: "already signs in to Rebook" }],
  });

/** A studio's account; another studio's id is as unknown as an id never issued. */
export const loadStaffAccount = async (
  { staffAccounts }: Pick<Dependencies, "staffAccounts">,
  studioId: string,
  accountId: string,
): Promise<StaffAccount> => {
  const account = await staffAccounts.get(studioId, accountId);
  if (account === null) throw notFound("ACCOUNT.NOT_FOUND", accountId);
  return account;
};

/** Owner accounts come with the studio (see docs/onboarding.md); the studio's own staff list does not change them. */
export const refuseOwnerAccount = (account: StaffAccount): StaffAccount => {
  if (account.role === "owner") {
    throw new RebookError(
      "ACCOUNT.OWNER_PROTECTED",
      "the owner's account is changed by the platform operator",
    );
  }
  return account;
};

/**
 * Stores a new account and gives it its sign-in. Repeating it for an account already stored with the same
 * studio and role only repeats the sign-in step, so an invitation cut short is finished by sending it again.
 */
export const enrolStaffAccount = async (
  { staffAccounts, accountDirectory }: Pick<Dependencies, "staffAccounts" | "accountDirectory">,
  account: StaffAccount,
): Promise<StaffAccount> => {
  const existing = await staffAccounts.findByEmail(account.email);
  if (existing !== null && (existing.studioId !== account.studioId || existing.role !== account.role)) {
    throw emailTaken();
  }
  const stored = existing ?? account;
  if (existing === null) await staffAccounts.save(account);
  await accountDirectory.enrol(stored);
  return stored;
};
