import { loadStudioItem } from "../catalog/studio-item";
import { RebookError } from "../errors";
import type { Client } from "../model/client";
import { revised } from "../model/versioned";
import type { Dependencies } from "../ports/dependencies";
import { retryOnConcurrentUpdate } from "../retry-on-concurrent-update";
import { loadActiveClient } from "./load-client";

type GroupDependencies = Pick<Dependencies, "clients" | "clientGroups" | "clock">;

/** Adds the client to the group or takes them out; the membership is on the card, and finds the group's members. */
export const setGroupMembership =
  (deps: GroupDependencies) =>
  (studioId: string, groupId: string, clientId: string, member: boolean): Promise<Client> =>
    retryOnConcurrentUpdate(async () => {
      const [, client] = await Promise.all([
        loadStudioItem(deps.clientGroups, "GROUP.NOT_FOUND", studioId, groupId),
        loadActiveClient(deps.clients, studioId, clientId),
      ]);
      const groupIds = member
        ? [...new Set([...client.groupIds, groupId])]
        : client.groupIds.filter((id) => id !== groupId);
      if (groupIds.length === client.groupIds.length && member === client.groupIds.includes(groupId))
        return client;
      const updated = revised(client, { groupIds }, deps.clock());
      await deps.clients.save(updated, { previous: client, allowDuplicate: true });
      return updated;
    });

/** Deletes a group without members; one with members answers 409, so no card is left naming a deleted group. */
export const deleteClientGroup =
  (deps: Pick<Dependencies, "clients" | "clientGroups">) => async (studioId: string, groupId: string) => {
    await loadStudioItem(deps.clientGroups, "GROUP.NOT_FOUND", studioId, groupId);
    const members = await deps.clients.search(studioId, {
      field: "group",
      prefix: groupId,
      limit: 1,
      cursor: null,
    });
    if (members.items.length > 0)
      throw new RebookError("GROUP.IN_USE", `group ${groupId} has members; take them out first`);
    await deps.clientGroups.remove(studioId, groupId);
  };
