import { randomUUID } from "node:crypto";
import type { Dependencies } from "../../domain/ports/dependencies";
import { createDocumentClient } from "../adapters/dynamodb/document-client";
import { type TableContext, tableContext } from "../adapters/dynamodb/table-context";
import { loadAppSecret } from "./app-secret";
import { type Environment, readEnvironment } from "./environment";
import { readSendRates } from "./messaging-environment";
import { type SecretKeys, secretKeysOf } from "./secret-keys";
import { systemClock } from "./system-clock";
import { wireDependencies } from "./wiring";

export interface Container {
  environment: Environment;
  secrets: SecretKeys;
  ctx: TableContext;
  deps: Dependencies;
}

let built: Promise<Container> | undefined;

const build = async (): Promise<Container> => {
  const environment = readEnvironment();
  const secrets = secretKeysOf(await loadAppSecret(environment));
  const ctx = tableContext(
    createDocumentClient(environment.DYNAMODB_ENDPOINT),
    environment.TABLE_NAME,
    secrets,
  );
  const deps = wireDependencies(ctx, {
    clock: systemClock,
    newId: randomUUID,
    messaging: () => ({
      perMinute: readSendRates(),
      publicBaseUrl: environment.PUBLIC_BASE_URL,
      unsubscribeSecret: secrets.unsubscribe,
    }),
  });
  return { environment, secrets, ctx, deps };
};

/** The production wiring, built once per cold start (the secret is read from Secrets Manager then). */
export const container = (): Promise<Container> => {
  built ??= build();
  return built;
};
