import { notFound, RebookError } from "../errors";
import type { Client } from "../model/client";
import type { ClientRepository } from "../ports/client-repository";

export const loadClient = async (
  clients: ClientRepository,
  studioId: string,
  clientId: string,
): Promise<Client> => {
  const client = await clients.get(studioId, clientId);
  if (client === null) throw notFound("CLIENT.NOT_FOUND", clientId);
  return client;
};

/** Erased clients keep their anonymous history but take no new data. */
export const loadActiveClient = async (
  clients: ClientRepository,
  studioId: string,
  clientId: string,
): Promise<Client> => {
  const client = await loadClient(clients, studioId, clientId);
  if (client.erasedAt !== null) throw new RebookError("CLIENT.ERASED", `client ${clientId} was erased`);
  return client;
};
