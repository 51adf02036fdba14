import { container } from "../shared/container";
import { httpApi } from "../shared/http/http-api";
import { paymentsOf } from "../shared/payments-container";
import { codeSender } from "../shared/sender-container";
import { withStudioCors } from "./booking/booking-cors";
import { bookingRoutes } from "./booking/booking-routes";

const { deps, environment, secrets } = await container();
const links = { publicBaseUrl: environment.PUBLIC_BASE_URL, manageSecret: secrets.booking };

export const handler = withStudioCors(
  deps,
  httpApi(bookingRoutes(links), {
    ...deps,
    sendNow: await codeSender(),
    payments: await paymentsOf(environment),
  }),
);
