export const STAFF_ROLES = ["owner", "manager", "staff"] as const;
/** What a signed-in member of a studio may do; the permission table says route by route. */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A sign-in of one person for one studio. The identity provider holds the password and MFA; this is the studio's list. */
export interface StaffAccount {
  id: string;
  studioId: string;
  /** Lower case; one account per address across all studios (it is the sign-in name). */
  email: string;
  name: string;
  role: StaffRole;
  createdAt: string;
  updatedAt: string;
  version: number;
}
