/**
 * The admin API's routes, grouped by the Lambda that serves them. Plain data: infra/ reads it to wire
 * API Gateway, each area's handler implements exactly its list, and the OpenAPI document covers them all.
 */
export const adminRoutes = {
  clients: [
    "POST /clients",
    "GET /clients",
    "GET /clients/{clientId}",
    "PATCH /clients/{clientId}",
    "DELETE /clients/{clientId}",
    "GET /clients/{clientId}/card",
    "GET /clients/{clientId}/appointments",
    "GET /clients/{clientId}/measurements",
    "PUT /clients/{clientId}/measurements",
    "GET /clients/{clientId}/export",
    "PUT /clients/{clientId}/blacklist",
    "PUT /clients/{clientId}/online-booking-block",
    "PUT /clients/{clientId}/online-ban",
    "GET /blocks",
    "PUT /blocks",
    "DELETE /blocks/{kind}/{value}",
    "POST /clients/{clientId}/consents",
    "GET /clients/{clientId}/consents",
  ],
  catalog: [
    "GET /studio",
    "PATCH /studio",
    "GET /online-booking",
    "PATCH /online-booking",
    "POST /categories",
    "GET /categories",
    "GET /categories/{categoryId}",
    "PATCH /categories/{categoryId}",
    "DELETE /categories/{categoryId}",
    "POST /services",
    "GET /services",
    "GET /services/{serviceId}",
    "PATCH /services/{serviceId}",
    "DELETE /services/{serviceId}",
    "POST /staff",
    "GET /staff",
    "GET /staff/{staffId}",
    "PATCH /staff/{staffId}",
    "DELETE /staff/{staffId}",
  ],
  appointments: [
    "GET /appointments",
    "POST /appointments",
    "GET /appointments/{appointmentId}",
    "PUT /appointments/{appointmentId}/time",
    "POST /appointments/{appointmentId}/late-check",
    "PUT /appointments/{appointmentId}/status",
  ],
  projects: [
    "POST /projects",
    "GET /projects",
    "GET /projects/{projectId}",
    "PATCH /projects/{projectId}",
    "POST /projects/{projectId}/contacts",
    "GET /projects/{projectId}/changes",
    "GET /follow-up-lists",
    "GET /follow-up-lists/{list}",
    "POST /follow-up-lists/{list}/broadcasts",
    "POST /follow-up-lists/{list}/bulk-updates",
    "GET /project-automation",
    "PATCH /project-automation",
  ],
  reconnect: [
    "GET /reconnect/categories",
    "GET /reconnect/categories/{categoryId}/overdue",
    "GET /reconnect/categories/{categoryId}/clients",
    "PUT /reconnect/categories/{categoryId}/clients/{clientId}/excluded",
    "POST /reconnect/categories/{categoryId}/contact",
    "GET /reconnect/overview",
    "GET /reconnect/settings",
    "PUT /reconnect/settings",
  ],
  messages: [
    "GET /templates",
    "PUT /templates/{purpose}/{channel}",
    "DELETE /templates/{purpose}/{channel}",
    "POST /templates/preview",
    "POST /messages/send-requests",
    "GET /messages",
    "GET /messages/{messageId}",
  ],
  accounts: [
    "POST /staff-accounts",
    "GET /staff-accounts",
    "PATCH /staff-accounts/{accountId}",
    "DELETE /staff-accounts/{accountId}",
  ],
} as const;

export type AdminArea = keyof typeof adminRoutes;
export type AdminRouteKey<A extends AdminArea = AdminArea> = (typeof adminRoutes)[A][number];

/** Claims the JWT carries; Cognito prefixes custom attributes with `custom:`. */
export const STUDIO_CLAIM = "custom:studio_id";
export const ROLE_CLAIM = "custom:role";
export const ACCOUNT_CLAIM = "custom:account_id";
