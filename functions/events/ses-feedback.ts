import { container } from "../shared/container";
import { observed } from "../shared/observability";
import { sesFeedbackConsumer } from "./consumers/ses-feedback-consumer";

export const handler = observed(sesFeedbackConsumer((await container()).deps));
