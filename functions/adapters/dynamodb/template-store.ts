import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import type { StudioTemplate, TemplateStore } from "../../../domain/ports/template-store";
import { toEntity } from "./item-codec";
import { keys } from "./keys";

/** Template overrides live in the studio's partition: a studio's few dozen overrides are one query. */
export const dynamoDbTemplateStore = (client: DynamoDBDocumentClient, tableName: string): TemplateStore => ({
  async get(studioId, key) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keys.template(studioId, key) }),
    );
    return Item === undefined ? null : toEntity<StudioTemplate>(Item);
  },

  async list(studioId) {
    const templates: StudioTemplate[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: {
            ":pk": keys.studioPartition(studioId),
            ":prefix": keys.templatePrefix,
          },
          ExclusiveStartKey: startKey,
        }),
      );
      templates.push(...(page.Items ?? []).map((item) => toEntity<StudioTemplate>(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return templates;
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
