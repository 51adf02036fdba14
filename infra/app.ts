import { fileURLToPath } from "node:url";
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { readMessagingContext } from "./messaging-context";
import { readAlarmEmail } from "./operations-context";
import { RebookStack } from "./stacks/rebook-stack";

const app = new App();
// cdk-nag's AwsSolutions checks run on every synthesis; an unacknowledged finding fails it. Acknowledge a
// deliberate one where it arises: Validations.of(construct).acknowledge({ id, reason }).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));

const consoleOrigins: unknown = app.node.getContext("consoleOrigins");
if (!Array.isArray(consoleOrigins) || !consoleOrigins.every((origin) => typeof origin === "string")) {
  throw new Error('Context "consoleOrigins" must be a list of origins, e.g. ["https://console.example.com"]');
}

const signInDomainPrefix: unknown = app.node.tryGetContext("signInDomainPrefix");
if (signInDomainPrefix !== undefined && typeof signInDomainPrefix !== "string") {
  throw new Error('Context "signInDomainPrefix" must be a string, e.g. "rebook-studio-console"');
}

new RebookStack(app, "Rebook", {
  description: "Rebook: keeps appointment studios from forgetting their clients",
  projectRoot: fileURLToPath(new URL("..", import.meta.url)),
  consoleOrigins,
  signInDomainPrefix,
  messaging: readMessagingContext(app.node),
  alarmEmail: readAlarmEmail(app.node),
});
