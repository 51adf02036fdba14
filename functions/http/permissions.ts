import { STAFF_ROLES, type StaffRole } from "../../domain/model/staff-account";
import type { AdminRouteKey } from "./admin-routes";

const EVERYONE = STAFF_ROLES;
/** What changes the studio itself, reaches many clients at once, or hands out or destroys personal data. */
const MANAGERS: readonly StaffRole[] = ["owner", "manager"];
const OWNER: readonly StaffRole[] = ["owner"];

/**
 * Who may call each admin route: the one place roles are enforced (README, "Roles", shows the same table).
 * Every route is listed, so a new route does not compile until someone decides who may call it.
 */
export const permissions: Record<AdminRouteKey, readonly StaffRole[]> = {
  "POST /clients": EVERYONE,
  "GET /clients": EVERYONE,
  "GET /clients/{clientId}": EVERYONE,
  "PATCH /clients/{clientId}": EVERYONE,
  "DELETE /clients/{clientId}": MANAGERS,
  "GET /clients/{clientId}/card": EVERYONE,
  "GET /clients/{clientId}/appointments": EVERYONE,
  // Weight and height are health-adjacent (GDPR Art. 9): the card shows them to the roles listed here.
  "GET /clients/{clientId}/measurements": MANAGERS,
  "PUT /clients/{clientId}/measurements": MANAGERS,
  "GET /clients/{clientId}/export": MANAGERS,
  "POST /clients/{clientId}/photos": EVERYONE,
  "GET /clients/{clientId}/photos": EVERYONE,
  "DELETE /clients/{clientId}/photos/{photoId}": EVERYONE,
  "PUT /clients/{clientId}/blacklist": MANAGERS,
  "PUT /clients/{clientId}/online-booking-block": MANAGERS,
  "PUT /clients/{clientId}/online-ban": MANAGERS,
  "GET /blocks": EVERYONE,
  "PUT /blocks": MANAGERS,
  "DELETE /blocks/{kind}/{value}": MANAGERS,
  "POST /clients/{clientId}/consents": EVERYONE,
  "GET /clients/{clientId}/consents": EVERYONE,
  // Groups decide who gets discounts: the studio's managers define them and their members.
  "POST /client-groups": MANAGERS,
  "GET /client-groups": EVERYONE,
  "GET /client-groups/{groupId}": EVERYONE,
  "PATCH /client-groups/{groupId}": MANAGERS,
  "PUT /client-groups/{groupId}/members/{clientId}": MANAGERS,
  "DELETE /client-groups/{groupId}/members/{clientId}": MANAGERS,
  "DELETE /client-groups/{groupId}": MANAGERS,
  "POST /promotions": MANAGERS,
  "GET /promotions": EVERYONE,
  "GET /promotions/{promotionId}": EVERYONE,
  "PATCH /promotions/{promotionId}": MANAGERS,
  "GET /clients/{clientId}/promotions": EVERYONE,
  "POST /clients/{clientId}/redemptions": EVERYONE,

  "GET /studio": EVERYONE,
  "PATCH /studio": MANAGERS,
  "GET /online-booking": EVERYONE,
  "PATCH /online-booking": MANAGERS,
  "POST /categories": MANAGERS,
  "GET /categories": EVERYONE,
  "GET /categories/{categoryId}": EVERYONE,
  "PATCH /categories/{categoryId}": MANAGERS,
  "DELETE /categories/{categoryId}": MANAGERS,
  "POST /services": MANAGERS,
  "GET /services": EVERYONE,
  "GET /services/{serviceId}": EVERYONE,
  "PATCH /services/{serviceId}": MANAGERS,
  "DELETE /services/{serviceId}": MANAGERS,
  "POST /staff": MANAGERS,
  "GET /staff": EVERYONE,
  "GET /staff/{staffId}": EVERYONE,
  "PATCH /staff/{staffId}": MANAGERS,
  "DELETE /staff/{staffId}": MANAGERS,

  "GET /appointments": EVERYONE,
  "POST /appointments": EVERYONE,
  "GET /appointments/{appointmentId}": EVERYONE,
  "PUT /appointments/{appointmentId}/time": EVERYONE,
  "POST /appointments/{appointmentId}/late-check": EVERYONE,
  "PUT /appointments/{appointmentId}/status": EVERYONE,
  "POST /appointments/{appointmentId}/deposit": EVERYONE,
  // Paying money back, or keeping it, is the studio's decision.
  "PUT /appointments/{appointmentId}/deposit/outcome": MANAGERS,
  "POST /waitlist": EVERYONE,
  "GET /waitlist": EVERYONE,
  "DELETE /waitlist/{entryId}": EVERYONE,

  "POST /projects": EVERYONE,
  "GET /projects": EVERYONE,
  "GET /projects/{projectId}": EVERYONE,
  "PATCH /projects/{projectId}": EVERYONE,
  "POST /projects/{projectId}/contacts": EVERYONE,
  "GET /projects/{projectId}/changes": EVERYONE,
  "GET /follow-up-lists": EVERYONE,
  "GET /follow-up-lists/{list}": EVERYONE,
  "POST /follow-up-lists/{list}/broadcasts": MANAGERS,
  "POST /follow-up-lists/{list}/bulk-updates": MANAGERS,
  "GET /project-automation": EVERYONE,
  "PATCH /project-automation": MANAGERS,

  "GET /reconnect/categories": EVERYONE,
  "GET /reconnect/categories/{categoryId}/overdue": EVERYONE,
  "GET /reconnect/categories/{categoryId}/clients": EVERYONE,
  "PUT /reconnect/categories/{categoryId}/clients/{clientId}/excluded": EVERYONE,
  "POST /reconnect/categories/{categoryId}/contact": MANAGERS,
  "GET /reconnect/overview": EVERYONE,
  "GET /reconnect/settings": EVERYONE,
  "PUT /reconnect/settings": MANAGERS,

  "GET /templates": EVERYONE,
  "PUT /templates/{purpose}/{channel}": MANAGERS,
  "DELETE /templates/{purpose}/{channel}": MANAGERS,
  "POST /templates/preview": EVERYONE,
  "POST /messages/send-requests": MANAGERS,
  "GET /messages": EVERYONE,
  "GET /messages/{messageId}": EVERYONE,

  "POST /staff-accounts": OWNER,
  "GET /staff-accounts": MANAGERS,
  "PATCH /staff-accounts/{accountId}": OWNER,
  "DELETE /staff-accounts/{accountId}": OWNER,
};

/** Whether a role may call a route. */
export const mayCall = (role: StaffRole, routeKey: string): boolean =>
  (permissions[routeKey as AdminRouteKey] ?? []).includes(role);
