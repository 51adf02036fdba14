import { notFound } from "../../../domain/errors";
import type { Studio } from "../../../domain/model/studio";
import type { StudioRepository } from "../../../domain/ports/studio-repository";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned } from "./versioned-write";

export const dynamoDbStudioRepository = (ctx: TableContext): StudioRepository => ({
  async get(studioId) {
    const item = await ctx.get(keys.studio(studioId));
    return item === undefined ? null : toEntity<Studio>(item);
  },
  async save(studio) {
    await putVersioned(
      ctx.client,
      ctx.tableName,
      { ...keys.studio(studio.id), entity: "studio", ...studio },
      {
        notFound: () => notFound("STUDIO.NOT_FOUND", studio.id),
        conflict: concurrentUpdate(`studio ${studio.id}`),
      },
    );
  },
});
