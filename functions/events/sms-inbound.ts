import { container } from "../shared/container";
import { smsInboundConsumer } from "./consumers/sms-inbound-consumer";

export const handler = smsInboundConsumer((await container()).deps);
