import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { batchedGet, type GetItem } from "./batched-get";
import { type CursorCodec, cursorCodec } from "./page-cursor";

/** What every adapter of Rebook's table shares: the client, the table, batched reads and the cursor seal. */
export interface TableContext {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Single-item reads; those of one wave travel as one BatchGetItem. */
  get: GetItem;
  cursors: CursorCodec;
}

export const tableContext = (
  client: DynamoDBDocumentClient,
  tableName: string,
  cursorKey: Buffer,
): TableContext => ({
  client,
  tableName,
  get: batchedGet(client, tableName),
  cursors: cursorCodec(cursorKey),
});
