import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { StudioTemplate, TemplateStore } from "../../../domain/ports/template-store";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";

/** Template overrides live in the studio's partition: a studio's few dozen overrides are one query. */
export const dynamoDbTemplateStore = (ctx: TableContext): TemplateStore => {
  const { client, tableName } = ctx;
  return {
    async get(studioId, key) {
      const item = await ctx.get(keys.template(studioId, key));
      return item === undefined ? null : toEntity<StudioTemplate>(item);
    },

    async list(studioId) {
      const items = await queryPrefix(ctx, keys.studioPartition(studioId), keys.templatePrefix);
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
        new DeleteCommand({
          TableName: tableName,
          Key: keys.template(studioId, key),
          ReturnValues: "ALL_OLD",
        }),
      );
      return Attributes !== undefined;
    },
  };
};
