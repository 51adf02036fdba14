import { container } from "../shared/container";
import { observed } from "../shared/observability";
import { smsInboundConsumer } from "./consumers/sms-inbound-consumer";

export const handler = observed(smsInboundConsumer((await container()).deps));
