import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { BirthdayStore } from "../../../domain/ports/birthday-store";
import { birthdayPartition, keys } from "./keys";
import type { TableContext } from "./table-context";

/** A year's markers are needed until its last greeting (31 December) has been decided. */
const markerExpiry = (year: string): number => Date.UTC(Number(year) + 1, 0, 3) / 1000;

/** Birthdays through the sparse `byBirthday` index; the year's greeting as a marker in the client's partition. */
export const dynamoDbBirthdayStore = (ctx: TableContext): BirthdayStore => ({
  async *bornOn(monthDay) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await ctx.client.send(
        new QueryCommand({
          TableName: ctx.tableName,
          IndexName: "byBirthday",
          KeyConditionExpression: "birthdayOn = :day",
          ExpressionAttributeValues: { ":day": birthdayPartition(monthDay) },
          ExclusiveStartKey: startKey,
        }),
      );
      const found = (page.Items ?? []).map((item) => {
        const [studioId = "", clientId = ""] = String(item.birthdayOf).split("#");
        return { studioId, clientId };
      });
      if (found.length > 0) yield found;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
  },

  async greeted(studioId, clientId, year) {
    return (
      (await ctx.get(keys.birthdayGreeting(studioId, clientId, year), { consistent: true })) !== undefined
    );
  },

  async markGreeted(studioId, clientId, year) {
    try {
      await ctx.client.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: {
            ...keys.birthdayGreeting(studioId, clientId, year),
            entity: "birthday-greeting",
            expiresAt: markerExpiry(year),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
});
