import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Page, PageRequest } from "../../../domain/ports/page";
import type { TableContext } from "./table-context";

type Item = Record<string, unknown>;
export type QueryInput = Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey" | "Limit">;

/** Runs a query to its last page; for small key ranges (one client's items, one studio's settings). */
export const queryAll = async (ctx: TableContext, input: QueryInput): Promise<Item[]> => {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await ctx.client.send(
      new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
};

/** Every item of a partition whose sort key starts with `prefix`. */
export const queryPrefix = (
  ctx: TableContext,
  partition: string,
  prefix: string,
  options: { consistent?: boolean } = {},
) =>
  queryAll(ctx, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": partition, ":prefix": prefix },
    ...(options.consistent ? { ConsistentRead: true } : {}),
  });

/**
 * One page of a query. The cursor is sealed and bound to this very query (index and key values), so it
 * cannot be replayed against another one.
 */
export const queryPage = async (
  ctx: TableContext,
  input: QueryInput,
  page: PageRequest,
): Promise<Page<Item>> => {
  const scope = JSON.stringify([
    input.IndexName ?? "",
    input.KeyConditionExpression,
    input.ExpressionAttributeValues,
  ]);
  const result = await ctx.client.send(
    new QueryCommand({
      ...input,
      TableName: ctx.tableName,
      Limit: page.limit,
      ExclusiveStartKey: ctx.cursors.decode(page.cursor, scope),
    }),
  );
  return { items: result.Items ?? [], nextCursor: ctx.cursors.encode(result.LastEvaluatedKey, scope) };
};

/** One page of the items of a partition whose sort key starts with `prefix`. */
export const queryPrefixPage = (ctx: TableContext, partition: string, prefix: string, page: PageRequest) =>
  queryPage(
    ctx,
    {
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": partition, ":prefix": prefix },
    },
    page,
  );
