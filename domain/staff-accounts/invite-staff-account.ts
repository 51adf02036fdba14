import type { StaffAccount, StaffRole } from "../model/staff-account";
import type { Dependencies } from "../ports/dependencies";
import { loadStudio } from "../studios/load-studio";
import { enrolStaffAccount } from "./staff-account-rules";

export interface StaffInvitation {
  email: string;
  name: string;
  /** Owners come with the studio; the studio invites managers and staff. */
  role: Exclude<StaffRole, "owner">;
}

/** Adds a manager or staff member to the studio and invites them to sign in. */
export const inviteStaffAccount =
  (deps: Pick<Dependencies, "studios" | "staffAccounts" | "accountDirectory" | "clock" | "newId">) =>
  async (studioId: string, invitation: StaffInvitation): Promise<StaffAccount> => {
    await loadStudio(deps.studios, studioId);
    const now = deps.clock();
    return enrolStaffAccount(deps, {
      id: deps.newId(),
      studioId,
      email: invitation.email.toLowerCase(),
      name: invitation.name,
      role: invitation.role,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  };
