import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { PaymentSimulator, SimulatedCheckout } from "../adapters/payments/payment-simulator";
import { escapeHtml, htmlDocument } from "../shared/http/html-document";
import { htmlResponse } from "../shared/http/json-response";

/** Hands a signed event to the webhook route, as Stripe posts it; throws when the route does not take it. */
export type DeliverPaymentEvent = (payload: string, signature: string) => Promise<void>;

export interface PaymentPageRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

const PAGE_PATH = /^\/pay\/([^/]+)$/;

const formattedAmount = (checkout: SimulatedCheckout): string => {
  const format = new Intl.NumberFormat("en", { style: "currency", currency: checkout.currency });
  return format.format(checkout.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
};

const page = (status: number, title: string, body: string) =>
  htmlResponse(status, htmlDocument("en", title, body));

const checkoutPage = (token: string, checkout: SimulatedCheckout) => {
  const action = (name: string) =>
    `<form method="post" action="/pay/${escapeHtml(token)}?action=${name}">` +
    `<button type="submit">${name === "pay" ? "Pay" : "Abandon"}</button></form>`;
  return page(
    200,
    "Payment simulator",
    `<p>${escapeHtml(checkout.description)}</p><p><strong>${escapeHtml(formattedAmount(checkout))}</strong></p>` +
      `${action("pay")}${action("abandon")}<p>Local stack only: no money moves.</p>`,
  );
};

const backTo = (checkout: SimulatedCheckout): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 303,
  headers: { location: checkout.returnUrl },
});

/**
 * The simulator's checkout pages, served by the local server and the test harness, never deployed:
 * `GET /pay/{token}` shows the deposit with Pay and Abandon; Pay delivers the signed
 * `checkout.session.completed` to the webhook and both lead back to the booking's page, as Stripe's
 * success and cancel URLs do. Null for any other path.
 */
export const paymentSimulatorPages =
  (simulator: PaymentSimulator, deliver: DeliverPaymentEvent) =>
  async (request: PaymentPageRequest): Promise<APIGatewayProxyStructuredResultV2 | null> => {
    const token = PAGE_PATH.exec(request.path)?.[1];
    if (token === undefined) return null;
    const checkout = simulator.checkoutOf(token);
    if (checkout === null) return page(404, "Checkout not found", "<p>This payment link is not valid.</p>");
    if (!simulator.isPayable(checkout)) {
      return page(410, "Checkout expired", "<p>This checkout has expired; nothing was paid.</p>");
    }
    if (request.method === "GET") return checkoutPage(token, checkout);
    const action = request.query.get("action");
    if (request.method !== "POST" || (action !== "pay" && action !== "abandon")) {
      return page(400, "Unknown action", "<p>Pay or abandon the checkout from its page.</p>");
    }
    if (action === "pay") {
      const { payload, signature } = simulator.paidEvent(checkout);
      try {
        await deliver(payload, signature);
      } catch (error) {
        return page(
          502,
          "Payment not delivered",
          `<p>The webhook did not take the payment (${escapeHtml(String(error))}); pay again to deliver it again.</p>`,
        );
      }
    }
    return backTo(checkout);
  };
