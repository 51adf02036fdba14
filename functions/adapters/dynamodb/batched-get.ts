import { BatchGetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface ItemKey {
  pk: string;
  sk: string;
}

type Item = Record<string, unknown>;

interface Waiting {
  resolve: (item: Item | undefined) => void;
  reject: (error: unknown) => void;
}

/** BatchGetItem takes at most 100 keys. */
const MAX_KEYS = 100;

export type GetItem = (key: ItemKey, options?: { consistent?: boolean }) => Promise<Item | undefined>;

const keyText = ({ pk, sk }: ItemKey): string => `${pk}\u0000${sk}`;

/**
 * Every single-item read of Rebook goes through here. Reads requested in the same turn of the event loop
 * (the parts of one `Promise.all`) are sent as one BatchGetItem, so a use case that reads what it needs in
 * parallel costs one round trip and one call per wave, however many items it reads. A batch with any
 * strongly consistent read is read strongly consistent as a whole.
 */
export const batchedGet = (client: DynamoDBDocumentClient, tableName: string): GetItem => {
  let waiting = new Map<string, { key: ItemKey; waiters: Waiting[] }>();
  let consistent = false;

  const fetch = async (keys: ItemKey[], strongly: boolean): Promise<Map<string, Item>> => {
    const found = new Map<string, Item>();
    let pending = keys;
    while (pending.length > 0) {
      const { Responses, UnprocessedKeys } = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: strongly } } }),
      );
      for (const item of Responses?.[tableName] ?? []) found.set(keyText(item as ItemKey), item);
      pending = (UnprocessedKeys?.[tableName]?.Keys as ItemKey[] | undefined) ?? [];
    }
    return found;
  };

  const flush = () => {
    const batch = [...waiting.values()];
    const strongly = consistent;
    waiting = new Map();
    consistent = false;
    for (let start = 0; start < batch.length; start += MAX_KEYS) {
      const part = batch.slice(start, start + MAX_KEYS);
      fetch(
        part.map((entry) => entry.key),
        strongly,
      ).then(
        (found) => {
          for (const { key, waiters } of part)
            for (const waiter of waiters) waiter.resolve(found.get(keyText(key)));
        },
        (error: unknown) => {
          for (const { waiters } of part) for (const waiter of waiters) waiter.reject(error);
        },
      );
    }
  };

  return (key, options = {}) =>
    new Promise((resolve, reject) => {
      if (waiting.size === 0) setImmediate(flush);
      const text = keyText(key);
      const entry = waiting.get(text) ?? { key: { pk: key.pk, sk: key.sk }, waiters: [] };
      entry.waiters.push({ resolve, reject });
      waiting.set(text, entry);
      consistent ||= options.consistent ?? false;
    });
};
