import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, PutCommand, type TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";

export type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]["TransactItems"]
>[number];

export type StoredItem = Record<string, unknown> & { pk: string; sk: string; version: number };

/** Version 1 may only be written where nothing is stored; a later one only over the version before it. */
const versionCondition = (version: number) =>
  version === 1
    ? { ConditionExpression: "attribute_not_exists(pk)" }
    : { ConditionExpression: "version = :previous", ExpressionAttributeValues: { ":previous": version - 1 } };

/** The one way Rebook writes a versioned item inside a transaction. */
export const versionedPut = (tableName: string, item: StoredItem): TransactItem => ({
  Put: { TableName: tableName, Item: item, ...versionCondition(item.version) },
});

/** What a refused versioned write means: the item is gone (when an update expected it), or another write came first. */
export interface VersionedWriteErrors {
  notFound: () => RebookError;
  conflict: () => RebookError;
}

/** The one way Rebook writes a single versioned item; a refused write becomes the matching domain error. */
export const putVersioned = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  item: StoredItem,
  errors: VersionedWriteErrors,
): Promise<void> => {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ...versionCondition(item.version),
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const refusal = item.version > 1 && error.Item === undefined ? errors.notFound() : errors.conflict();
    throw new RebookError(refusal.code, refusal.message, { cause: error });
  }
};

export const concurrentUpdate = (what: string) => () =>
  new RebookError("CONCURRENT_UPDATE", `${what} was changed meanwhile; try again`);
