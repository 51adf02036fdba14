import type { Dependencies } from "../ports/dependencies";
import { loadStaffAccount, refuseOwnerAccount } from "./staff-account-rules";

/**
 * Ends a manager's or staff member's access: the sign-in goes first, so an account still listed can
 * always be removed again, and no removed account keeps a way in.
 */
export const removeStaffAccount =
  (deps: Pick<Dependencies, "staffAccounts" | "accountDirectory">) =>
  async (studioId: string, accountId: string): Promise<void> => {
    const account = refuseOwnerAccount(await loadStaffAccount(deps, studioId, accountId));
    await deps.accountDirectory.remove(account);
    await deps.staffAccounts.remove(account);
  };
