import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { notFound, RebookError } from "../../../domain/errors";
import type { Client } from "../../../domain/model/client";
import type { ClientRepository, ClientSearchField } from "../../../domain/ports/client-repository";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { clientIndexAttributes, keys, searchableName } from "./keys";
import { decodeCursor, encodeCursor } from "./page-cursor";
import type { RebookIndexName } from "./table-schema";

const searchIndex: Record<
  ClientSearchField,
  { index: RebookIndexName; sortKey: string; normalise: (prefix: string) => string }
> = {
  name: { index: "byClientName", sortKey: "nameKey", normalise: searchableName },
  phone: { index: "byClientPhone", sortKey: "phoneKey", normalise: (prefix) => prefix },
  email: { index: "byClientEmail", sortKey: "emailKey", normalise: (prefix) => prefix.toLowerCase() },
};

const toItem = (client: Client) => ({
  ...keys.clientProfile(client.studioId, client.id),
  ...clientIndexAttributes(client),
  entity: "client",
  ...client,
});

export const dynamoDbClientRepository = (
  client: DynamoDBDocumentClient,
  tableName: string,
): ClientRepository => ({
  async get(studioId, clientId) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.clientProfile(studioId, clientId) }),
    );
    return Item === undefined ? null : toEntity<Client>(Item);
  },

  async create(profile) {
    await withConditionAs(
      () =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: toItem(profile),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      () => new RebookError("CONCURRENT_UPDATE", `client ${profile.id} exists already`),
    );
  },

  async update(profile) {
    await withConditionAs(
      () =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: toItem(profile),
            ConditionExpression: "attribute_exists(pk)",
          }),
        ),
      () => notFound("CLIENT.NOT_FOUND", profile.id),
    );
  },

  async search(studioId, { field, prefix, limit, cursor }) {
    const { index, sortKey, normalise } = searchIndex[field];
    const partition = keys.studioPartition(studioId);
    const normalisedPrefix = normalise(prefix);
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression:
          normalisedPrefix === ""
            ? "clientOf = :studio"
            : `clientOf = :studio AND begins_with(${sortKey}, :prefix)`,
        ExpressionAttributeValues: {
          ":studio": partition,
          ...(normalisedPrefix === "" ? {} : { ":prefix": normalisedPrefix }),
        },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, "clientOf", partition),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => toEntity<Client>(item)),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  },
});
