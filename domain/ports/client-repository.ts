import type { Client } from "../model/client";
import type { Page, PageRequest } from "./page";

export type ClientSearchField = "name" | "phone" | "email";

export interface ClientSearch extends PageRequest {
  /** Which key the prefix is matched against; without a prefix all clients are listed by name. */
  field: ClientSearchField;
  prefix: string;
}

export interface ClientRepository {
  get(studioId: string, clientId: string): Promise<Client | null>;
  /**
   * Stores the card at its version: version 1 only if the id is free, a later one only over the version
   * before it. Fails with CONCURRENT_UPDATE when another write came first, CLIENT.NOT_FOUND when gone.
   */
  save(client: Client): Promise<void>;
  search(studioId: string, search: ClientSearch): Promise<Page<Client>>;
}
