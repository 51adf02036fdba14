import { createDocumentClient } from "../adapters/dynamodb/document-client";
import { type TableContext, tableContext } from "../adapters/dynamodb/table-context";
import { loadAppSecret } from "./app-secret";
import { type Environment, readEnvironment } from "./environment";
import { type SecretKeys, secretKeysOf } from "./secret-keys";

/** What every function needs: its environment, the keys derived from the secret, and the table. */
export interface TableContainer {
  environment: Environment;
  secrets: SecretKeys;
  ctx: TableContext;
}

let built: Promise<TableContainer> | undefined;

const build = async (): Promise<TableContainer> => {
  const environment = readEnvironment();
  const secrets = secretKeysOf(await loadAppSecret(environment));
  const ctx = tableContext(
    createDocumentClient(environment.DYNAMODB_ENDPOINT),
    environment.TABLE_NAME,
    secrets,
  );
  return { environment, secrets, ctx };
};

/**
 * Built once per cold start (the secret is read from Secrets Manager then). Functions that need only a
 * few adapters build them on it, so their bundles hold nothing else.
 */
export const tableContainer = (): Promise<TableContainer> => {
  built ??= build();
  return built;
};
