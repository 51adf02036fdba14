import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import { type ErrorCode, notFound, RebookError } from "../../../domain/errors";
import type { StudioItemRepository } from "../../../domain/ports/studio-item-repository";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys, type StudioItemKind } from "./keys";
import { decodeCursor, encodeCursor } from "./page-cursor";

/** Categories, services, staff and projects: small collections in the studio's partition. */
export const dynamoDbStudioItemRepository = <T extends { id: string; studioId: string; updatedAt: string }>(
  client: DynamoDBDocumentClient,
  tableName: string,
  kind: StudioItemKind,
  notFoundCode: Extract<ErrorCode, `${string}.NOT_FOUND`>,
): StudioItemRepository<T> => ({
  async get(studioId, id) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.studioItem(kind, studioId, id) }),
    );
    return Item === undefined ? null : toEntity<T>(Item);
  },

  async list(studioId, page) {
    const partition = keys.studioPartition(studioId);
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": partition, ":prefix": keys.studioItemPrefix(kind) },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, "pk", partition),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => toEntity<T>(item)),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  },

  async create(item) {
    await withConditionAs(
      () =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.studioItem(kind, item.studioId, item.id), entity: kind.toLowerCase(), ...item },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      () => new RebookError("CONCURRENT_UPDATE", `${kind.toLowerCase()} ${item.id} exists already`),
    );
  },

  async update(item, readUpdatedAt) {
    await withConditionAs(
      () =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.studioItem(kind, item.studioId, item.id), entity: kind.toLowerCase(), ...item },
            ConditionExpression: "updatedAt = :read",
            ExpressionAttributeValues: { ":read": readUpdatedAt },
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          }),
        ),
      (failure) =>
        failure instanceof ConditionalCheckFailedException && failure.Item === undefined
          ? notFound(notFoundCode, item.id)
          : new RebookError("CONCURRENT_UPDATE", `${kind.toLowerCase()} ${item.id} was changed concurrently`),
    );
  },

  async remove(studioId, id) {
    await withConditionAs(
      () =>
        client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.studioItem(kind, studioId, id),
            ConditionExpression: "attribute_exists(pk)",
          }),
        ),
      () => notFound(notFoundCode, id),
    );
  },
});
