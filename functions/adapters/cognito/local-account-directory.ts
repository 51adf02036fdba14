import type { AccountDirectory } from "../../../domain/ports/account-directory";

/**
 * The local stack signs staff in against the accounts table itself (`/_local/sign-in`), so there is no
 * separate directory to keep: enrolling, changing a role and removing are all in the table already.
 */
export const localAccountDirectory: AccountDirectory = {
  enrol: async () => undefined,
  changeRole: async () => undefined,
  remove: async () => undefined,
};
