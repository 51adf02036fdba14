import { Aws, Duration, Stack, Validations } from "aws-cdk-lib";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import type { RebookFunction } from "./rebook-function";

export interface AdminAuthProps {
  /** Where the console is served (`https://…`): the hosted UI's only callback and sign-out targets. */
  consoleUrls: string[];
  /** The hosted UI's domain prefix, unique per region; by default `rebook-<account id>`. */
  signInDomainPrefix?: string;
}

/**
 * Sign-in for studio staff. Accounts are created by an administrator, never by sign-up; each carries
 * its studio and account id (fixed for life) and its role, which reach the API as the ID token claims
 * `custom:studio_id`, `custom:account_id` and `custom:role`. The console sends the ID token, so its client id is the audience.
 *
 * Every account signs in with a password and a TOTP code. Owners (and managers) can export and erase
 * clients' personal data, and Cognito cannot require MFA per role, so the whole pool requires it: each user
 * enrols an authenticator app at first sign-in (the hosted UI shows the QR code). No SMS codes: they can be
 * intercepted (SIM swap) and would cost money per sign-in.
 *
 * The console signs in through the pool's hosted UI with the authorization code flow and PKCE: a public
 * client without a secret, redirecting back only to the console's own URLs.
 */
export class AdminAuth extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly signInDomain: UserPoolDomain;
  /** The hosted UI's base URL, where the console sends staff to sign in. */
  readonly signInUrl: string;
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

  constructor(scope: Construct, id: string, props: AdminAuthProps) {
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

    this.signInDomain = this.userPool.addDomain("SignIn", {
      cognitoDomain: { domainPrefix: props.signInDomainPrefix ?? `rebook-${Aws.ACCOUNT_ID}` },
    });
    this.signInUrl = this.signInDomain.baseUrl();

    const redirects = props.consoleUrls.map((url) => `${url}/`);
    this.consoleClient = this.userPool.addClient("ConsoleClient", {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: redirects,
        logoutUrls: redirects,
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      // Staff must not promote themselves, move studios or change the address their account is found by:
      // every attribute is written by Rebook's account functions only.
      writeAttributes: new ClientAttributes(),
      // A removed account's last ID token expires within this; its refresh tokens are revoked at once.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
      // A working day: the console refreshes its ID token with it, then the hosted UI asks again.
      refreshTokenValidity: Duration.hours(12),
    });

    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.authorizer = new HttpJwtAuthorizer("ConsoleJwtAuthorizer", issuer, {
      jwtAudience: [this.consoleClient.userPoolClientId],
    });
  }
}
