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
  /** Fails with CONCURRENT_UPDATE if the id is taken. */
  create(client: Client): Promise<void>;
  /** Fails with CLIENT.NOT_FOUND if the client does not exist in the studio. */
  update(client: Client): Promise<void>;
  search(studioId: string, search: ClientSearch): Promise<Page<Client>>;
}
