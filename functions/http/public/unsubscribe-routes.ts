import * as z from "zod";
import { unsubscribe } from "../../../domain/consent/unsubscribe";
import { readUnsubscribeLink } from "../../../domain/consent/unsubscribe-link";
import { PURPOSES } from "../../../domain/model/consent";
import { HtmlPage } from "../../shared/http/json-response";
import { type PublicRouteSpec, publicRoute } from "../../shared/http/route";
import { channelSchema } from "../shared/common-schemas";
import type { PublicRouteKey } from "./public-routes";
import { FROM_PAGE, unsubscribeConfirmationPage, unsubscribedPage } from "./unsubscribe-page";

const tokenPath = z.object({ token: z.string().min(1).max(1024) });
/**
 * The confirmation page's form posts `from`. RFC 8058's body (`List-Unsubscribe=One-Click`, form-encoded
 * or multipart) is not checked: the signed token alone says what to withdraw.
 */
const unsubscribeForm = z.object({ from: z.string().optional() }).default({});
/** The one-click answer. */
const unsubscribedSchema = z.strictObject({
  unsubscribed: z.literal(true),
  channel: channelSchema,
  purpose: z.enum(PURPOSES),
});

/**
 * The links in marketing messages. GET (the link in a mail footer or an SMS) only asks, on a page whose
 * button posts back to the same URL: mail scanners follow links, and must not unsubscribe anyone. POST
 * withdraws, from that page (answered with a page) or as RFC 8058's one-click, sent by mail clients from
 * the `List-Unsubscribe-Post` header (answered with JSON). It withdraws once, however often it is called.
 */
export const unsubscribeRoutes = (
  secret: string,
): Record<PublicRouteKey<"unsubscribe">, PublicRouteSpec> => ({
  "GET /u/{token}": publicRoute({
    summary: "Ask, in the studio's language, whether to unsubscribe; withdraws nothing",
    path: tokenPath,
    htmlPage: true,
    handle: (deps) => {
      const read = readUnsubscribeLink(deps, secret);
      return async ({ path }) => {
        const { claims, studio } = await read(path.token);
        return new HtmlPage(
          unsubscribeConfirmationPage({ studio, channel: claims.channel, purpose: claims.purpose }),
        );
      };
    },
  }),
  "POST /u/{token}": publicRoute({
    summary: "Unsubscribe, from the confirmation page or by one-click (RFC 8058)",
    response: unsubscribedSchema,
    metric: "Unsubscribe",
    path: tokenPath,
    body: unsubscribeForm,
    bodyFormat: "form",
    htmlPage: true,
    handle: (deps) => {
      const withdraw = unsubscribe(deps, secret);
      return async ({ path, body, origin }) => {
        const result = await withdraw(path.token, origin);
        if (body.from === FROM_PAGE) return new HtmlPage(unsubscribedPage(result));
        return { unsubscribed: true as const, channel: result.channel, purpose: result.purpose };
      };
    },
  }),
});
