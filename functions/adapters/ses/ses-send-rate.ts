import { GetAccountCommand, type SESv2Client } from "@aws-sdk/client-sesv2";

/** The account's SES sending rate in messages per second (1 in the sandbox); what the sender spreads its mail to. */
export const sesSendRate = async (client: SESv2Client): Promise<number> => {
  const { SendQuota } = await client.send(new GetAccountCommand({}));
  return Math.max(1, Math.floor(SendQuota?.MaxSendRate ?? 1));
};
