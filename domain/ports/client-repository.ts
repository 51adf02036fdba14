import type { BodyMeasurements, Client } from "../model/client";
import type { Channel } from "../model/consent";
import type { Page, PageRequest } from "./page";

/**
 * Name: first, last or full name, accent-insensitive; phone and email: a prefix; tag: a prefix of a tag;
 * group: a client group's id (its members).
 */
export type ClientSearchField = "name" | "phone" | "email" | "tag" | "group";

export interface ClientSearch extends PageRequest {
  /** Without a prefix every client is listed by last name. */
  field: ClientSearchField;
  prefix: string;
}

export interface SaveOptions {
  /** The version read before this change; null for a new card. */
  previous: Client | null;
  /** Store the card although another card of the studio holds its phone number or email address. */
  allowDuplicate: boolean;
}

export interface ClientRef {
  studioId: string;
  clientId: string;
}

export interface ClientRepository {
  get(studioId: string, clientId: string): Promise<Client | null>;
  /**
   * Stores the card at its version, together with what finds it (search terms, its claim on its phone
   * number and email address), in one transaction: version 1 only if the id is free, a later one only over
   * the version before it. Fails with CONCURRENT_UPDATE when another write came first, CLIENT.NOT_FOUND when
   * gone, and CLIENT.DUPLICATE (naming the other card) when, without `allowDuplicate`, another card of the
   * studio holds the phone number or email address.
   */
  save(client: Client, options: SaveOptions): Promise<void>;
  /** Weight and height, read only for owners and managers; null when the studio keeps none. */
  measurements(studioId: string, clientId: string): Promise<BodyMeasurements | null>;
  /** Stores them at their version, as `save` stores a card. */
  saveMeasurements(measurements: BodyMeasurements): Promise<void>;
  /** Forgets them (erasure); nothing happens when there are none. */
  removeMeasurements(studioId: string, clientId: string): Promise<void>;
  search(studioId: string, search: ClientSearch): Promise<Page<Client>>;
  /** The studio's cards holding the address (lower-cased email or E.164 number), the first holder first. */
  holdersInStudio(studioId: string, channel: Channel, address: string): Promise<string[]>;
  /** Every card of every studio holding the address: whom a bounce, complaint or STOP concerns. */
  holders(channel: Channel, address: string): Promise<ClientRef[]>;
}
