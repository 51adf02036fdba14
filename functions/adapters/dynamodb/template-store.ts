import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { StudioTemplate, TemplateStore } from "../../../domain/ports/template-store";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";

/** Template overrides live in the studio's partition: a studio's few dozen overrides are one query. */
export const dynamoDbTemplateStore = (client: DynamoDBDocumentClient, tableName: string): TemplateStore => ({
  async get(studioId, key) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.template(studioId, key) }),
    );
    return Item === undefined ? null : toEntity<StudioTemplate>(Item);
  },

  async list(studioId) {
    const items = await queryPrefix(client, tableName, keys.studioPartition(studioId), keys.templatePrefix);
    return items.map((item) => toEntity<StudioTemplate>(item));
  },

  async put(template) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.template(template.studioId, template), entity: "template", ...template },
      }),
    );
  },

  async delete(studioId, key) {
    const { Attributes } = await client.send(
      new DeleteCommand({ TableName: tableName, Key: keys.template(studioId, key), ReturnValues: "ALL_OLD" }),
    );
    return Attributes !== undefined;
  },
});
