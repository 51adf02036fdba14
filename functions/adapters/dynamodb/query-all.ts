import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";

/** Runs a query to its last page; for small key ranges (one client's items, one studio's settings). */
export const queryAll = async (
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
};

/** Every item of a partition whose sort key starts with `prefix`. */
export const queryPrefix = (
  client: DynamoDBDocumentClient,
  tableName: string,
  partition: string,
  prefix: string,
  options: { consistent?: boolean } = {},
) =>
  queryAll(client, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": partition, ":prefix": prefix },
    ...(options.consistent ? { ConsistentRead: true } : {}),
  });
