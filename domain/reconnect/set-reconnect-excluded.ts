import { loadStudioItem } from "../catalog/studio-item";
import { loadClient } from "../clients/load-client";
import { RebookError } from "../errors";
import type { Dependencies } from "../ports/dependencies";
import { withExcluded } from "./campaign-steps";
import { reconnectStateOf } from "./reconnect-attribution";

const ATTEMPTS = 3;

/**
 * Leaves a client out of (or takes them back into) the category's ReConnect sends: first message and
 * follow-up. A conditional write on the rhythm's version, retried when a booking got in between.
 */
export const setReconnectExcluded =
  (deps: Pick<Dependencies, "categories" | "clients" | "appointments" | "reconnect">) =>
  async (studioId: string, categoryId: string, clientId: string, excluded: boolean) => {
    await Promise.all([
      loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", studioId, categoryId),
      loadClient(deps.clients, studioId, clientId),
    ]);
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const rhythm = await deps.appointments.rhythm(studioId, clientId, categoryId);
      if (
        reconnectStateOf(rhythm).excluded === excluded ||
        (await deps.reconnect.saveCampaign(withExcluded(rhythm, excluded), null))
      )
        return { clientId, categoryId, excluded };
    }
    throw new RebookError("CONCURRENT_UPDATE", `client ${clientId} changed while being excluded; try again`);
  };
