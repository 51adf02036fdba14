import { Duration, Stack, Validations } from "aws-cdk-lib";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import type { RebookFunction } from "./rebook-function";

/**
 * Sign-in for studio staff. Accounts are created by an administrator, never by sign-up; each carries
 * its studio and account id (fixed for life) and its role, which reach the API as the ID token claims
 * `custom:studio_id`, `custom:account_id` and `custom:role`. The console sends the ID token, so its client id is the audience.
 *
 * Every account signs in with a password and a TOTP code. Owners (and managers) can export and erase
 * clients' personal data, and Cognito cannot require MFA per role, so the whole pool requires it: each user
 * enrols an authenticator app at first sign-in (the MFA_SETUP challenge). No SMS codes: they can be
 * intercepted (SIM swap) and would cost money per sign-in.
 */
export class AdminAuth extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly authorizer: HttpJwtAuthorizer;

  /** Lets a function create, re-role and remove the pool's users (the account functions), naming the pool. */
  grantAccountManagement(rebookFunction: RebookFunction): void {
    rebookFunction.function.addEnvironment("USER_POOL_ID", this.userPool.userPoolId);
    this.userPool.grant(
      rebookFunction.function,
      "cognito-idp:AdminCreateUser",
      "cognito-idp:AdminGetUser",
      "cognito-idp:AdminUpdateUserAttributes",
      "cognito-idp:AdminUserGlobalSignOut",
      "cognito-idp:AdminDeleteUser",
    );
  }

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        studio_id: new StringAttribute({ mutable: false }),
        role: new StringAttribute({ mutable: true }),
        account_id: new StringAttribute({ mutable: false }),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
    });
    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "A staff-only pool on the Essentials plan: administrators create every account (no sign-up) and every " +
        "sign-in needs a password and a TOTP code, which covers the stolen-password risks the Plus plan's " +
        "threat protection targets; Plus bills every monthly active user. Revisit with adaptive authentication.",
    });

    this.consoleClient = this.userPool.addClient("ConsoleClient", {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      // Staff must not promote themselves, move studios or change the address their account is found by:
      // every attribute is written by Rebook's account functions only.
      writeAttributes: new ClientAttributes(),
      // A removed account's last ID token expires within this; its refresh tokens are revoked at once.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
    });

    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.authorizer = new HttpJwtAuthorizer("ConsoleJwtAuthorizer", issuer, {
      jwtAudience: [this.consoleClient.userPoolClientId],
    });
  }
}
