/** Where the parts of a local stack run, and the secret its functions derive their keys from. */
export interface LocalStack {
  tableName: string;
  dynamoDbEndpoint: string;
  sesEndpoint: string;
  appSecret: string;
  /** The local server's port: booking and unsubscribe links point to it. */
  port: number;
  /** Where the SMS sink appends what SendTextMessage would have sent. */
  smsSinkFile: string;
  /** The local S3 server and the galleries' bucket on it (the clients function needs one to start). */
  photos: { s3Endpoint: string; bucket: string };
}

/**
 * The environment every handler of a local stack reads, as CDK sets it in the cloud: `npm start` and the
 * browser tests run the same one.
 */
export const localEnvironment = (stack: LocalStack): Record<string, string> => ({
  TABLE_NAME: stack.tableName,
  DYNAMODB_ENDPOINT: stack.dynamoDbEndpoint,
  APP_SECRET: stack.appSecret,
  PUBLIC_BASE_URL: `http://localhost:${stack.port}`,
  SES_ENDPOINT: stack.sesEndpoint,
  SES_FROM_ADDRESS: "studio@rebook.local",
  SES_CONFIGURATION_SET: "rebook-local",
  SMS_ORIGINATION_IDENTITY: "Rebook",
  SMS_CONFIGURATION_SET: "rebook-local",
  SMS_SINK_FILE: stack.smsSinkFile,
  // Deposits are paid on the payment simulator's pages, served by the local server only (never deployed).
  PAYMENT_SIMULATOR_SECRET: "whsec_local_payment_simulator",
  ...(stack.photos === undefined
    ? {}
    : { PHOTO_BUCKET: stack.photos.bucket, S3_ENDPOINT: stack.photos.s3Endpoint }),
  // The SES emulator has no account to ask for its rate: the local sender uses SES's production default.
  EMAIL_PER_SECOND: "14",
  SMS_PER_SECOND: "10",
  AWS_REGION: process.env.AWS_REGION ?? "eu-central-1",
  POWERTOOLS_SERVICE_NAME: "rebook-local",
  POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? "WARN",
  // Metrics are CloudWatch's to read; locally they would only fill the terminal.
  POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? "true",
});
