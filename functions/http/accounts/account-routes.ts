import * as z from "zod";
import { STAFF_ROLES } from "../../../domain/model/staff-account";
import { changeStaffRole } from "../../../domain/staff-accounts/change-staff-role";
import { inviteStaffAccount } from "../../../domain/staff-accounts/invite-staff-account";
import { removeStaffAccount } from "../../../domain/staff-accounts/remove-staff-account";
import { type AreaRoutes, route } from "../../shared/http/route";
import {
  pageOf,
  pageQuerySchema,
  pathWith,
  singleLineText,
  storedItemFields,
} from "../shared/common-schemas";

const accountPath = pathWith("accountId");
/** The studio invites managers and staff; owner accounts come with the studio. */
const invitedRole = z.enum(["manager", "staff"]);

const staffAccountSchema = z
  .strictObject({
    id: z.string(),
    studioId: z.string(),
    /** Lower case: the sign-in name. */
    email: z.string(),
    name: z.string(),
    role: z.enum(STAFF_ROLES),
    ...storedItemFields,
  })
  .meta({ id: "StaffAccount" });

export const accountRoutes: AreaRoutes<"accounts"> = {
  "POST /staff-accounts": route({
    summary:
      "Invite a manager or staff member: the account is listed at once and an invitation mail goes out (sending it again for the same address and role repeats the invitation)",
    response: staffAccountSchema,
    body: z.strictObject({
      email: z.email().max(254),
      name: singleLineText(100).min(1),
      role: invitedRole,
    }),
    successStatus: 201,
    handle: (deps) => {
      const invite = inviteStaffAccount(deps);
      return ({ caller, body }) => invite(caller.studioId, body);
    },
  }),
  "GET /staff-accounts": route({
    summary: "List the studio's sign-ins with their roles",
    response: pageOf(staffAccountSchema),
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.staffAccounts.list(caller.studioId, query),
  }),
  "PATCH /staff-accounts/{accountId}": route({
    summary: "Change a manager's or staff member's role; it holds from their next token",
    response: staffAccountSchema,
    path: accountPath,
    body: z.strictObject({ role: invitedRole }),
    handle: (deps) => {
      const change = changeStaffRole(deps);
      return ({ caller, path, body }) => change(caller.studioId, path.accountId, body.role);
    },
  }),
  "DELETE /staff-accounts/{accountId}": route({
    summary:
      "Remove a manager's or staff member's sign-in: sessions are revoked at once, a token already issued expires within 15 minutes",
    path: accountPath,
    successStatus: 204,
    handle: (deps) => {
      const remove = removeStaffAccount(deps);
      return ({ caller, path }) => remove(caller.studioId, path.accountId);
    },
  }),
};
