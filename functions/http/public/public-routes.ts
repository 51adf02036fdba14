/**
 * Routes reached without the staff sign-in, grouped by the Lambda that serves them. Plain data, like
 * `adminRoutes`: infra/ reads it to add these routes to the HTTP API without the JWT authorizer.
 */
export const publicRoutes = {
  unsubscribe: ["GET /u/{token}", "POST /u/{token}"],
  booking: [
    "GET /book/{handle}",
    "GET /book/{handle}/availability",
    "POST /book/{handle}/holds",
    "POST /book/{handle}/holds/{holdId}/extension",
    "DELETE /book/{handle}/holds/{holdId}",
    "POST /book/{handle}/holds/{holdId}/code",
    "POST /book/{handle}/holds/{holdId}/code/check",
    "POST /book/{handle}/bookings",
    "POST /book/{handle}/waitlist/code",
    "POST /book/{handle}/waitlist",
    "GET /b/{token}",
    "POST /b/{token}",
    "GET /w/{token}",
    "POST /w/{token}",
  ],
  payments: ["POST /payments/stripe"],
} as const;

export type PublicArea = keyof typeof publicRoutes;
export type PublicRouteKey<A extends PublicArea = PublicArea> = (typeof publicRoutes)[A][number];
