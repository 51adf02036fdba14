import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { notFound } from "../../../domain/errors";
import type { Studio } from "../../../domain/model/studio";
import type { StudioRepository } from "../../../domain/ports/studio-repository";
import { emailTaken } from "../../../domain/staff-accounts/staff-account-rules";
import { handleTaken } from "../../../domain/studios/studio-handle";
import { refusedAt, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { newAccountItems } from "./staff-account-store";
import { studioItemRecord } from "./studio-item-repository";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, versionedPut } from "./versioned-write";

const studioItem = (studio: Studio) => ({ ...keys.studio(studio.id), entity: "studio", ...studio });

export const dynamoDbStudioRepository = (ctx: TableContext): StudioRepository => {
  const get = async (studioId: string, consistent = false) => {
    const item = await ctx.get(keys.studio(studioId), { consistent });
    return item === undefined ? null : toEntity<Studio>(item);
  };

  return {
    get: (studioId) => get(studioId),

    async findByHandle(handle) {
      const claim = await ctx.get(keys.studioHandle(handle));
      return claim === undefined ? null : get(claim.studioId as string, true);
    },

    async open({ studio, categories, owner }) {
      const ownerItems = owner === null ? [] : newAccountItems(ctx, owner);
      const ownerAt = 2 + categories.length;
      await withConditionAs(
        () =>
          ctx.client.send(
            new TransactWriteCommand({
              TransactItems: [
                versionedPut(ctx.tableName, studioItem(studio)),
                {
                  Put: {
                    TableName: ctx.tableName,
                    Item: {
                      ...keys.studioHandle(studio.handle),
                      entity: "studio-handle",
                      studioId: studio.id,
                    },
                    ConditionExpression: "attribute_not_exists(pk)",
                  },
                },
                ...categories.map((category) =>
                  versionedPut(ctx.tableName, studioItemRecord("CATEGORY", category)),
                ),
                ...ownerItems,
              ],
            }),
          ),
        (error) => {
          if (refusedAt(error, 1)) return handleTaken(studio.handle);
          if (owner !== null && refusedAt(error, ownerAt + 1)) return emailTaken();
          return concurrentUpdate(`studio ${studio.id}`)();
        },
      );
    },

    async save(studio) {
      await putVersioned(ctx.client, ctx.tableName, studioItem(studio), {
        notFound: () => notFound("STUDIO.NOT_FOUND", studio.id),
        conflict: concurrentUpdate(`studio ${studio.id}`),
      });
    },
  };
};
