import { PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import type { WaitlistEntry, WaitlistOffer } from "../../../domain/model/waitlist";
import type { WaitlistStore } from "../../../domain/ports/waitlist-store";
import { appointmentChangeItems, noticeItem } from "./appointment-store";
import { isConditionFailure, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, versionedPut } from "./versioned-write";

const DAY_SECONDS = 24 * 3600;
/** Ended entries and offers are kept a month for the studio's questions, then TTL removes them. */
const KEEP_SECONDS = 30 * DAY_SECONDS;
const forgetAfter = (instant: string) => Math.floor(Date.parse(instant) / 1000) + KEEP_SECONDS;

const entryItem = (entry: WaitlistEntry) => ({
  ...keys.waitlistEntry(entry.studioId, entry.id),
  entity: "waitlist-entry",
  ...entry,
  expiresAt: forgetAfter(`${entry.toDate}T23:59:59Z`),
});

const offerItem = (offer: WaitlistOffer) => ({
  ...keys.waitlistOffer(offer.studioId, offer.id),
  entity: "waitlist-offer",
  ...offer,
  expiresAt: forgetAfter(offer.openUntil),
});

/** The waitlist in the studio's partition: a studio waits for tens of slots, not thousands, so one query reads it. */
export const dynamoDbWaitlistStore = (ctx: TableContext): WaitlistStore => {
  const { client, tableName } = ctx;
  const consistent = { consistent: true };
  return {
    async entry(studioId, entryId) {
      const item = await ctx.get(keys.waitlistEntry(studioId, entryId), consistent);
      return item === undefined ? null : toEntity<WaitlistEntry>(item);
    },

    async waiting(studioId) {
      const items = await queryPrefix(ctx, keys.studioPartition(studioId), keys.waitlistEntryPrefix);
      return items
        .map((item) => toEntity<WaitlistEntry>(item))
        .filter((entry) => entry.status === "waiting")
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },

    async saveEntry(entry) {
      await putVersioned(client, tableName, entryItem(entry), {
        notFound: () => new RebookError("WAITLIST.NOT_FOUND", `waitlist entry ${entry.id}`),
        conflict: concurrentUpdate(`waitlist entry ${entry.id}`),
      });
    },

    async offer(studioId, offerId) {
      const item = await ctx.get(keys.waitlistOffer(studioId, offerId), consistent);
      return item === undefined ? null : toEntity<WaitlistOffer>(item);
    },

    async offersWithPrefix(studioId, prefix) {
      const items = await queryPrefix(ctx, keys.studioPartition(studioId), keys.waitlistOfferPrefix(prefix), {
        consistent: true,
      });
      return items.map((item) => toEntity<WaitlistOffer>(item));
    },

    async addOffer(offer) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: offerItem(offer),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async planNextRound(notice) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: noticeItem(notice),
            ConditionExpression: "attribute_not_exists(pk) OR appointmentVersion = :version",
            ExpressionAttributeValues: { ":version": notice.appointmentVersion },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async accept({ change, offer, entry }) {
      await withConditionAs(
        () =>
          client.send(
            new TransactWriteCommand({
              TransactItems: [
                ...appointmentChangeItems(tableName, change),
                versionedPut(tableName, offerItem(offer)),
                versionedPut(tableName, entryItem(entry)),
              ],
            }),
          ),
        concurrentUpdate(`waitlist offer ${offer.id}`),
      );
    },
  };
};
