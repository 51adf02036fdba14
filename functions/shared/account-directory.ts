import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { AccountDirectory } from "../../domain/ports/account-directory";
import { cognitoAccountDirectory } from "../adapters/cognito/cognito-account-directory";
import { localAccountDirectory } from "../adapters/cognito/local-account-directory";
import type { Environment } from "./environment";

/** Cognito in the cloud; next to DynamoDB Local (local stack, tests) the accounts table is the directory. */
export const accountDirectoryOf = (environment: Environment): AccountDirectory => {
  if (environment.DYNAMODB_ENDPOINT !== undefined) return localAccountDirectory;
  if (environment.USER_POOL_ID === undefined) throw new Error("USER_POOL_ID is not set");
  return cognitoAccountDirectory(
    new CognitoIdentityProviderClient({
      requestHandler: { requestTimeout: 5_000, connectionTimeout: 3_000 },
    }),
    environment.USER_POOL_ID,
  );
};
