import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { forEachBounded } from "../../../domain/outbox/bounded-concurrency";
import type { TableContext } from "./table-context";

/** BatchWriteItem takes at most 25 items. */
const BATCH_SIZE = 25;
const BATCHES_IN_FLIGHT = 4;

export const chunksOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/**
 * Puts items without conditions, 25 to a BatchWriteItem, a few batches at a time, until DynamoDB has
 * processed every one: for items no one else writes concurrently (imports, erasing a ledger's evidence).
 */
export const putAll = async (ctx: TableContext, items: readonly Record<string, unknown>[]): Promise<void> => {
  const requests = items.map((item) => ({ PutRequest: { Item: item } }));
  await forEachBounded(chunksOf(requests, BATCH_SIZE), BATCHES_IN_FLIGHT, async (batch) => {
    let pending: typeof requests | undefined = batch;
    while (pending !== undefined && pending.length > 0) {
      const result = await ctx.client.send(
        new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }),
      );
      pending = result.UnprocessedItems?.[ctx.tableName] as typeof requests | undefined;
    }
  });
};
