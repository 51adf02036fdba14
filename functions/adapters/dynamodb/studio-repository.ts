import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Studio } from "../../../domain/model/studio";
import type { StudioRepository } from "../../../domain/ports/studio-repository";
import { toEntity } from "./item-codec";
import { keys } from "./keys";

export const dynamoDbStudioRepository = (
  client: DynamoDBDocumentClient,
  tableName: string,
): StudioRepository => ({
  async get(studioId) {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: keys.studio(studioId) }));
    return Item === undefined ? null : toEntity<Studio>(Item);
  },
  async put(studio) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.studio(studio.id), entity: "studio", ...studio },
      }),
    );
  },
});
