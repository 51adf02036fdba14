import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Block } from "../../../domain/model/block";
import type { BlockStore } from "../../../domain/ports/block-store";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";

export const dynamoDbBlockStore = (ctx: TableContext): BlockStore => ({
  async put(block) {
    await ctx.client.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { ...keys.block(block.studioId, block.kind, block.value), entity: "block", ...block },
      }),
    );
  },

  async remove(studioId, kind, value) {
    await ctx.client.send(
      new DeleteCommand({ TableName: ctx.tableName, Key: keys.block(studioId, kind, value) }),
    );
  },

  async list(studioId) {
    const items = await queryPrefix(ctx, keys.block(studioId, "phone", "").pk, "BLOCK#");
    return items.map((item) => toEntity<Block>(item));
  },

  async matching(studioId, candidates) {
    const items = await Promise.all(
      candidates.map(({ kind, value }) => ctx.get(keys.block(studioId, kind, value))),
    );
    return items.flatMap((item) => (item === undefined ? [] : [toEntity<Block>(item)]));
  },
});
