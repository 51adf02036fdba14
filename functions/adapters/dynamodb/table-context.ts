import { createHmac } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Channel } from "../../../domain/model/consent";
import { batchedGet, type GetItem } from "./batched-get";
import { type CursorCodec, cursorCodec } from "./page-cursor";

/** What every adapter of Rebook's table shares: the client, the table, batched reads and the keyed hashes. */
export interface TableContext {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Single-item reads; those of one wave travel as one BatchGetItem. */
  get: GetItem;
  cursors: CursorCodec;
  /**
   * A keyed hash of an address (lower-cased email or E.164 number): what the table stores instead of the
   * address where it must outlive the client (suppressions) or be found across studios.
   */
  addressHash: (channel: Channel, address: string) => string;
  /** A keyed hash of any value in a namespace (`kind`): IP addresses, one-time codes, rate-limit subjects. */
  keyedHash: (kind: string, value: string) => string;
}

export interface TableKeys {
  /** Seals paging cursors. */
  cursor: Buffer;
  /** Keys address hashes. */
  address: Buffer;
}

export const tableContext = (
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: TableKeys,
): TableContext => {
  const keyedHash = (kind: string, value: string) =>
    createHmac("sha256", keys.address).update(`${kind}:${value}`).digest("base64url").slice(0, 32);
  return {
    client,
    tableName,
    get: batchedGet(client, tableName),
    cursors: cursorCodec(keys.cursor),
    addressHash: keyedHash,
    keyedHash,
  };
};
