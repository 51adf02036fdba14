import type { StaffAccount } from "../model/staff-account";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import type { StaffInvitation } from "./invite-staff-account";
import { loadStaffAccount, refuseOwnerAccount } from "./staff-account-rules";

/** Makes a staff member a manager or back; the new role holds from their next token. */
export const changeStaffRole =
  (deps: Pick<Dependencies, "staffAccounts" | "accountDirectory" | "clock">) =>
  (studioId: string, accountId: string, role: StaffInvitation["role"]): Promise<StaffAccount> =>
    retryOnConcurrentUpdate(async () => {
      const current = refuseOwnerAccount(await loadStaffAccount(deps, studioId, accountId));
      const changed = current.role === role ? current : revised(current, { role }, deps.clock());
      if (changed !== current) await deps.staffAccounts.save(changed);
      // Also when nothing changed: a change whose directory step was cut short is finished by repeating it.
      await deps.accountDirectory.changeRole(changed);
      return changed;
    });
