import { RebookError } from "../../../domain/errors";
import type { RedemptionWrite } from "../../../domain/model/promotion";
import { refusedAt } from "./conditional-failure";
import { keys } from "./keys";
import type { TransactItem } from "./versioned-write";

/** A counter moves by one only while it is below its limit (no limit: always). */
const counted = (tableName: string, key: { pk: string; sk: string }, limit: number | null): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: key,
    UpdateExpression: "SET entity = :entity ADD redeemed :one",
    ExpressionAttributeValues: {
      ":entity": "promotion-counter",
      ":one": 1,
      ...(limit === null ? {} : { ":limit": limit }),
    },
    ...(limit === null ? {} : { ConditionExpression: "attribute_not_exists(redeemed) OR redeemed < :limit" }),
  },
});

/**
 * The items of one redemption, in this order: the promotion still at the version read, its total counter, the
 * client's counter, and the redemption itself (once per id, so a booking takes one promotion).
 */
export const redemptionWrites = (tableName: string, write: RedemptionWrite): TransactItem[] => {
  const { redemption } = write;
  return [
    {
      ConditionCheck: {
        TableName: tableName,
        Key: keys.promotion(redemption.studioId, redemption.promotionId),
        ConditionExpression: "version = :version",
        ExpressionAttributeValues: { ":version": write.promotionVersion },
      },
    },
    counted(tableName, keys.promotionCount(redemption.studioId, redemption.promotionId), write.limitTotal),
    counted(
      tableName,
      keys.promotionUse(redemption.studioId, redemption.clientId, redemption.promotionId),
      write.limitPerClient,
    ),
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.redemption(redemption.studioId, redemption.clientId, redemption.id),
          entity: "redemption",
          ...redemption,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  ];
};

/** Why a transaction holding `redemptionWrites` at `offset` was refused, if one of those items refused it. */
export const redemptionRefusal = (error: unknown, offset: number): RebookError | null => {
  if (refusedAt(error, offset + 1))
    return new RebookError("PROMOTION.LIMIT_REACHED", "the promotion has been redeemed as often as it may");
  if (refusedAt(error, offset + 2))
    return new RebookError(
      "PROMOTION.LIMIT_REACHED",
      "the client has redeemed the promotion as often as they may",
    );
  if (refusedAt(error, offset + 3))
    return new RebookError("PROMOTION.NOT_APPLICABLE", "the booking has a promotion already");
  return null;
};
