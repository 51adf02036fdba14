import * as z from "zod";
import { unsubscribe } from "../../../domain/consent/unsubscribe";
import { type PublicRouteSpec, publicRoute } from "../../shared/http/route";
import type { PublicRouteKey } from "./public-routes";
import { unsubscribePage } from "./unsubscribe-page";

const tokenPath = z.object({ token: z.string().min(1).max(1024) });

/**
 * The links in marketing messages. GET (the link in a mail footer or an SMS) withdraws and shows a page;
 * POST is RFC 8058's one-click unsubscribe, sent by mail clients from the `List-Unsubscribe-Post` header.
 * The POST body (`List-Unsubscribe=One-Click`, form-encoded or multipart) is not read: the signed token
 * alone says what to withdraw. Both withdraw once, however often they are called.
 */
export const unsubscribeRoutes = (
  secret: string,
): Record<PublicRouteKey<"unsubscribe">, PublicRouteSpec> => ({
  "GET /u/{token}": publicRoute({
    summary: "Unsubscribe by a signed link and show a confirmation page in the studio's language",
    path: tokenPath,
    responds: "html",
    handle: (deps) => {
      const withdraw = unsubscribe(deps, secret);
      return async ({ path, origin }) => unsubscribePage(await withdraw(path.token, origin));
    },
  }),
  "POST /u/{token}": publicRoute({
    summary: "One-click unsubscribe (RFC 8058)",
    path: tokenPath,
    handle: (deps) => {
      const withdraw = unsubscribe(deps, secret);
      return async ({ path, origin }) => {
        const { channel, purpose } = await withdraw(path.token, origin);
        return { unsubscribed: true, channel, purpose };
      };
    },
  }),
});
