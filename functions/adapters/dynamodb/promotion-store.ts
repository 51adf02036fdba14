import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { notFound, RebookError } from "../../../domain/errors";
import type { Promotion, Redemption } from "../../../domain/model/promotion";
import type { PromotionStore } from "../../../domain/ports/promotion-store";
import { refusedAt, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { redemptionRefusal, redemptionWrites } from "./promotion-items";
import { queryPrefix, queryPrefixPage } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned } from "./versioned-write";

const promotionItem = (promotion: Promotion) => ({
  ...keys.promotion(promotion.studioId, promotion.id),
  entity: "promotion",
  ...promotion,
});

/** Promotions in the studio's partition with a claim per code; counters beside them, redemptions with the client. */
export const dynamoDbPromotionStore = (ctx: TableContext): PromotionStore => {
  const { client, tableName } = ctx;
  const get = async (studioId: string, promotionId: string) => {
    const item = await ctx.get(keys.promotion(studioId, promotionId));
    return item === undefined ? null : toEntity<Promotion>(item);
  };

  return {
    get,

    async byCode(studioId, code) {
      const claim = await ctx.get(keys.promotionCode(studioId, code));
      return claim === undefined ? null : get(studioId, claim.promotionId as string);
    },

    async list(studioId, page) {
      const result = await queryPrefixPage(ctx, keys.studioPartition(studioId), keys.promotionPrefix, page);
      return { items: result.items.map((item) => toEntity<Promotion>(item)), nextCursor: result.nextCursor };
    },

    async create(promotion) {
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: promotionItem(promotion),
                  ConditionExpression: "attribute_not_exists(pk)",
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.promotionCode(promotion.studioId, promotion.code),
                    entity: "promotion-code",
                    promotionId: promotion.id,
                  },
                  ConditionExpression: "attribute_not_exists(pk)",
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        if (!refusedAt(error, 1)) throw concurrentUpdate(`promotion ${promotion.id}`)();
        throw new RebookError("PROMOTION.CODE_TAKEN", `the code ${promotion.code} is taken`, {
          issues: [{ field: "code", message: "is another promotion's code" }],
          cause: error,
        });
      }
    },

    async save(promotion) {
      await putVersioned(client, tableName, promotionItem(promotion), {
        notFound: () => notFound("PROMOTION.NOT_FOUND", promotion.id),
        conflict: concurrentUpdate(`promotion ${promotion.id}`),
      });
    },

    async usage(studioId, clientId, promotionIds) {
      const counts = await Promise.all(
        promotionIds.map(async (promotionId) => {
          const [total, byClient] = await Promise.all([
            ctx.get(keys.promotionCount(studioId, promotionId)),
            ctx.get(keys.promotionUse(studioId, clientId, promotionId)),
          ]);
          const used = { total: Number(total?.redeemed ?? 0), byClient: Number(byClient?.redeemed ?? 0) };
          return [promotionId, used] as const;
        }),
      );
      return new Map(counts);
    },

    async redeem(write) {
      await withConditionAs(
        () => client.send(new TransactWriteCommand({ TransactItems: redemptionWrites(tableName, write) })),
        (error) =>
          redemptionRefusal(error, 0) ?? concurrentUpdate(`promotion ${write.redemption.promotionId}`)(),
      );
    },

    async redemptionsOf(studioId, clientId) {
      const items = await queryPrefix(ctx, keys.clientPartition(studioId, clientId), keys.redemptionPrefix);
      return items
        .map((item) => toEntity<Redemption>(item))
        .sort((a, b) => b.redeemedAt.localeCompare(a.redeemedAt));
    },
  };
};
