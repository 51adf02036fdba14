import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { paymentsOf } from "../shared/payments-container";
import { paymentRoutes } from "./payments/payment-routes";

const { deps, environment } = await container();

export const handler = httpApi(paymentRoutes, { ...deps, payments: await paymentsOf(environment) });
