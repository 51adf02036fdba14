import type { Channel } from "../model/consent";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";

/**
 * An address bounced, complained or answered STOP: it is suppressed for every studio, and every card that
 * holds it shows so (the card and ReConnect's status read it there; sends skip it).
 */
export const suppressAddress =
  (deps: Pick<Dependencies, "clients" | "consents" | "clock">) =>
  async (channel: Channel, address: string, reason: string, at: string): Promise<void> => {
    await deps.consents.suppress(channel, address, reason, at);
    for (const { studioId, clientId } of await deps.clients.holders(channel, address)) {
      await retryOnConcurrentUpdate(async () => {
        const client = await deps.clients.get(studioId, clientId);
        if (client === null || client.suppressed[channel]) return;
        const suppressed = { ...client.suppressed, [channel]: true };
        await deps.clients.save(revised(client, { suppressed }, deps.clock()), {
          previous: client,
          allowDuplicate: true,
        });
      });
    }
  };
