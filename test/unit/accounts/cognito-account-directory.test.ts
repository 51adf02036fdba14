import {
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import type { StaffAccount } from "../../../domain/model/staff-account";
import { cognitoAccountDirectory } from "../../../functions/adapters/cognito/cognito-account-directory";

const account: StaffAccount = {
  id: "account-1",
  studioId: "studio-a",
  email: "mila@example.com",
  name: "Mila Novak",
  role: "manager",
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  version: 1,
};

/** A real client whose requests stop before the network: each answers with the scripted output or error. */
const scriptedCognito = (script: Record<string, () => unknown> = {}) => {
  const calls: Array<{ command: string; input: Record<string, unknown> }> = [];
  const client = new CognitoIdentityProviderClient({
    region: "eu-central-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  client.middlewareStack.add(
    () => async (args) => {
      throw new Error(`unexpected ${JSON.stringify(args)}`);
    },
    { step: "finalizeRequest", name: "noNetwork" },
  );
  client.middlewareStack.add(
    (_next, context) => async (args) => {
      const command = context.commandName!;
      calls.push({ command, input: args.input as Record<string, unknown> });
      return {
        output: { $metadata: {}, ...((script[command]?.() as object | undefined) ?? {}) },
        response: {},
      };
    },
    { step: "initialize", name: "script" },
  );
  return { client, calls };
};

const rejectWith = (error: Error) => () => {
  throw error;
};

describe("the Cognito account directory's requests", () => {
  it("creates the user by address with studio, role and account id, and an invitation mail", async () => {
    const { client, calls } = scriptedCognito();

    await cognitoAccountDirectory(client, "pool-1").enrol(account);

    expect(calls).toEqual([
      {
        command: "AdminCreateUserCommand",
        input: {
          UserPoolId: "pool-1",
          Username: "mila@example.com",
          DesiredDeliveryMediums: ["EMAIL"],
          UserAttributes: [
            { Name: "email", Value: "mila@example.com" },
            { Name: "email_verified", Value: "true" },
            { Name: "name", Value: "Mila Novak" },
            { Name: "custom:studio_id", Value: "studio-a" },
            { Name: "custom:role", Value: "manager" },
            { Name: "custom:account_id", Value: "account-1" },
          ],
        },
      },
    ]);
  });

  it("keeps a user an earlier attempt created, and refuses an address that is someone else's", async () => {
    const exists = new UsernameExistsException({ message: "exists", $metadata: {} });
    const userWith = (accountId: string) => () => ({
      UserAttributes: [{ Name: "custom:account_id", Value: accountId }],
    });
    const same = scriptedCognito({
      AdminCreateUserCommand: rejectWith(exists),
      AdminGetUserCommand: userWith("account-1"),
    });
    const other = scriptedCognito({
      AdminCreateUserCommand: rejectWith(exists),
      AdminGetUserCommand: userWith("account-9"),
    });

    await cognitoAccountDirectory(same.client, "pool-1").enrol(account);
    const refused = cognitoAccountDirectory(other.client, "pool-1").enrol(account);

    await expect(refused).rejects.toMatchObject({ code: "ACCOUNT.EMAIL_TAKEN" });
    expect(same.calls.map((call) => call.command)).toEqual(["AdminCreateUserCommand", "AdminGetUserCommand"]);
  });

  it("changes only the role attribute", async () => {
    const { client, calls } = scriptedCognito();

    await cognitoAccountDirectory(client, "pool-1").changeRole({ ...account, role: "staff" });

    expect(calls).toEqual([
      {
        command: "AdminUpdateUserAttributesCommand",
        input: {
          UserPoolId: "pool-1",
          Username: "mila@example.com",
          UserAttributes: [{ Name: "custom:role", Value: "staff" }],
        },
      },
    ]);
  });

  it("revokes the sessions before deleting the user, and takes a user already gone as removed", async () => {
    const gone = new UserNotFoundException({ message: "gone", $metadata: {} });
    const { client, calls } = scriptedCognito({
      AdminUserGlobalSignOutCommand: rejectWith(gone),
      AdminDeleteUserCommand: rejectWith(gone),
    });

    await cognitoAccountDirectory(client, "pool-1").remove(account);

    expect(calls).toEqual([
      {
        command: "AdminUserGlobalSignOutCommand",
        input: { UserPoolId: "pool-1", Username: "mila@example.com" },
      },
      { command: "AdminDeleteUserCommand", input: { UserPoolId: "pool-1", Username: "mila@example.com" } },
    ]);
  });
});
