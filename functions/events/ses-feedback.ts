import { container } from "../shared/container";
import { sesFeedbackConsumer } from "./consumers/ses-feedback-consumer";

export const handler = sesFeedbackConsumer((await container()).deps);
