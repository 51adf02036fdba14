import type { StaffAccount } from "../model/staff-account";

/**
 * Where staff sign in (Cognito in the cloud, local tokens on the local stack). It carries the account's
 * studio, role and id into the token; every call is idempotent, so an interrupted change can be repeated.
 */
export interface AccountDirectory {
  /** Creates the sign-in and invites the person; an existing sign-in of the same account is kept. */
  enrol(account: StaffAccount): Promise<void>;
  /** Gives the sign-in the account's current role; it takes effect with the next token. */
  changeRole(account: StaffAccount): Promise<void>;
  /** Ends the sign-in: refresh tokens revoked, the user deleted. A sign-in already gone is fine. */
  remove(account: StaffAccount): Promise<void>;
}
