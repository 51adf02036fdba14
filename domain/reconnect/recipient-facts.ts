import type { Channel } from "../messaging/consent";
import type { RecipientFacts } from "../outbox/recipient-plan";
import type { Dependencies } from "../ports/dependencies";

/** What decides whether a client can be messaged: their card, consent ledger and suppressed addresses. */
export const recipientFactsOf =
  ({ clients, consents }: Pick<Dependencies, "clients" | "consents">) =>
  async (studioId: string, clientId: string): Promise<RecipientFacts> => {
    const client = await clients.get(studioId, clientId);
    const entries = client === null ? [] : await consents.entries(studioId, clientId);
    const suppressed = async (channel: Channel, address: string | null) =>
      address !== null && (await consents.isSuppressed(channel, address));
    const [email, sms] = await Promise.all([
      suppressed("email", client?.email?.toLowerCase() ?? null),
      suppressed("sms", client?.phone ?? null),
    ]);
    return { client, consents: entries, suppressed: { email, sms } };
  };
