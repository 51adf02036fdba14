import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import type { StaffAccount } from "../../../domain/model/staff-account";
import type { AccountDirectory } from "../../../domain/ports/account-directory";
import { emailTaken } from "../../../domain/staff-accounts/staff-account-rules";
import { ACCOUNT_CLAIM, ROLE_CLAIM, STUDIO_CLAIM } from "../../http/admin-routes";

const ignoreMissingUser = (error: unknown) => {
  if (!(error instanceof UserNotFoundException)) throw error;
};

/**
 * Staff sign-in in a Cognito user pool whose users sign in with their email address. Studio, role and
 * account id are custom attributes the console's app client cannot write, so they reach the API as
 * trusted ID token claims.
 */
export const cognitoAccountDirectory = (
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
): AccountDirectory => ({
  async enrol(account) {
    try {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: account.email,
          DesiredDeliveryMediums: ["EMAIL"],
          UserAttributes: [
            { Name: "email", Value: account.email },
            { Name: "email_verified", Value: "true" },
            { Name: "name", Value: account.name },
            { Name: STUDIO_CLAIM, Value: account.studioId },
            { Name: ROLE_CLAIM, Value: account.role },
            { Name: ACCOUNT_CLAIM, Value: account.id },
          ],
        }),
      );
    } catch (error) {
      if (!(error instanceof UsernameExistsException)) throw error;
      // An earlier attempt created it, or the address signs in for someone else.
      const user = await cognito.send(
        new AdminGetUserCommand({ UserPoolId: userPoolId, Username: account.email }),
      );
      const accountId = user.UserAttributes?.find((attribute) => attribute.Name === ACCOUNT_CLAIM)?.Value;
      if (accountId !== account.id) {
        throw emailTaken();
      }
    }
  },

  async changeRole(account: StaffAccount) {
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: userPoolId,
        Username: account.email,
        UserAttributes: [{ Name: ROLE_CLAIM, Value: account.role }],
      }),
    );
  },

  async remove(account) {
    const user = { UserPoolId: userPoolId, Username: account.email };
    await cognito.send(new AdminUserGlobalSignOutCommand(user)).catch(ignoreMissingUser);
    await cognito.send(new AdminDeleteUserCommand(user)).catch(ignoreMissingUser);
  },
});
