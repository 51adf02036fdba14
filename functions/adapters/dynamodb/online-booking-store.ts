import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import {
  type BookingHold,
  defaultOnlineBookingSettings,
  type OnlineBookingSettings,
  type PhoneVerification,
} from "../../../domain/model/online-booking";
import type { StaffDay } from "../../../domain/ports/appointment-store";
import type { OnlineBookingStore, RateLimit } from "../../../domain/ports/online-booking-store";
import { appointmentChangeItems, staffDayWrite } from "./appointment-store";
import { clientWrite } from "./client-repository";
import { isConditionFailure, refusedAt, withConditionAs } from "./conditional-failure";
import { consentEntryItem } from "./consent-ledger";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { outboxItem } from "./outbox-store";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, type TransactItem, versionedPut } from "./versioned-write";

const DAY_SECONDS = 24 * 3600;
/** DynamoDB's TTL: an item may be deleted once this epoch second has passed. */
const forgetAfter = (instant: string, seconds = 0) => Math.floor(Date.parse(instant) / 1000) + seconds;
/** Request keys are kept long enough for any retry of a booking. */
const REQUEST_KEY_DAYS = 7;

const holdItem = (hold: BookingHold) => ({
  ...keys.bookingHold(hold.studioId, hold.id),
  entity: "booking-hold",
  ...hold,
  expiresAt: forgetAfter(hold.lapsesAt, DAY_SECONDS),
});

const verificationItem = (verification: PhoneVerification) => ({
  ...keys.phoneVerification(verification.studioId, verification.holdId),
  entity: "phone-verification",
  ...verification,
  expiresAt: forgetAfter(verification.codeExpiresAt, DAY_SECONDS),
});

const rateLimited = (limit: RateLimit) =>
  new RebookError("RATE.LIMITED", `the limit ${limit.name} is reached`, { details: { limit: limit.name } });

/**
 * Online booking's items in the studio's partition (settings, holds, verifications, request keys) and the
 * global rate-limit counters, each counted with a conditional `ADD` in the transaction it limits.
 */
export const dynamoDbOnlineBookingStore = (ctx: TableContext): OnlineBookingStore => {
  const { client, tableName } = ctx;

  const counterUpdate = (limit: RateLimit): TransactItem => ({
    Update: {
      TableName: tableName,
      Key: keys.rateCounter(limit.name, ctx.keyedHash("rate", limit.subject), limit.window),
      UpdateExpression: "SET entity = :entity, expiresAt = :forget ADD #count :one",
      ConditionExpression: "attribute_not_exists(#count) OR #count < :limit",
      ExpressionAttributeNames: { "#count": "count" },
      ExpressionAttributeValues: {
        ":entity": "rate-counter",
        ":forget": forgetAfter(limit.forgetAt),
        ":one": 1,
        ":limit": limit.limit,
      },
    },
  });

  /** Sends a transaction whose last items are the limits' counters; a refused counter is RATE.LIMITED. */
  const sendLimited = (items: TransactItem[], limits: RateLimit[], conflict: () => RebookError) =>
    withConditionAs(
      () =>
        client.send(new TransactWriteCommand({ TransactItems: [...items, ...limits.map(counterUpdate)] })),
      (error) => {
        const refused = limits.find((_, index) => refusedAt(error, items.length + index));
        return refused === undefined ? conflict() : rateLimited(refused);
      },
    );

  const holdConflict = concurrentUpdate("the slot's staff day");

  return {
    async settings(studioId) {
      const item = await ctx.get(keys.onlineBookingSettings(studioId), { consistent: true });
      return item === undefined
        ? defaultOnlineBookingSettings(studioId)
        : { ...defaultOnlineBookingSettings(studioId), ...toEntity<OnlineBookingSettings>(item) };
    },

    async saveSettings(settings) {
      const conflict = concurrentUpdate("the online booking settings");
      await putVersioned(
        client,
        tableName,
        { ...keys.onlineBookingSettings(settings.studioId), entity: "online-booking", ...settings },
        { notFound: conflict, conflict },
      );
    },

    async hold(studioId, holdId) {
      const item = await ctx.get(keys.bookingHold(studioId, holdId), { consistent: true });
      return item === undefined ? null : toEntity<BookingHold>(item);
    },

    async saveHold(hold, staffDays: StaffDay[], limits) {
      await sendLimited(
        [
          { Put: { TableName: tableName, Item: holdItem(hold) } },
          ...staffDays.map((day) => staffDayWrite(tableName, day)),
        ],
        limits,
        holdConflict,
      );
    },

    async removeHold(hold, staffDays) {
      await withConditionAs(
        () =>
          client.send(
            new TransactWriteCommand({
              TransactItems: [
                { Delete: { TableName: tableName, Key: keys.bookingHold(hold.studioId, hold.id) } },
                ...staffDays.map((day) => staffDayWrite(tableName, day)),
              ],
            }),
          ),
        holdConflict,
      );
    },

    async verification(studioId, holdId) {
      const item = await ctx.get(keys.phoneVerification(studioId, holdId), { consistent: true });
      return item === undefined ? null : toEntity<PhoneVerification>(item);
    },

    async issueCode(verification, message, limits) {
      await sendLimited(
        [
          versionedPut(tableName, verificationItem(verification)),
          {
            Put: {
              TableName: tableName,
              Item: { ...outboxItem(message), expiresAt: forgetAfter(message.createdAt, DAY_SECONDS) },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        ],
        limits,
        concurrentUpdate("the phone verification"),
      );
    },

    async saveVerification(verification) {
      const conflict = concurrentUpdate("the phone verification");
      await putVersioned(client, tableName, verificationItem(verification), { notFound: conflict, conflict });
    },

    async bookingOfRequest(studioId, requestKey) {
      const item = await ctx.get(keys.bookingRequest(studioId, requestKey), { consistent: true });
      return item === undefined ? null : (item.appointmentId as string);
    },

    async commit({ requestKey, change, hold, verification, client: card, consentEntries }) {
      const { appointment } = change;
      const items: TransactItem[] = [
        versionedPut(tableName, verificationItem(verification)),
        {
          Delete: {
            TableName: tableName,
            Key: keys.bookingHold(hold.studioId, hold.id),
            ConditionExpression: "attribute_exists(pk)",
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.bookingRequest(appointment.studioId, requestKey),
              entity: "booking-request",
              appointmentId: appointment.id,
              expiresAt: forgetAfter(appointment.createdAt, REQUEST_KEY_DAYS * DAY_SECONDS),
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        ...appointmentChangeItems(tableName, change),
        ...(card === null ? [] : clientWrite(ctx, card.card, card.previous, false).items),
        ...consentEntries.map((entry) => ({
          Put: {
            TableName: tableName,
            Item: consentEntryItem(entry),
            ConditionExpression: "attribute_not_exists(pk)",
          },
        })),
      ];
      try {
        await client.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        // Whatever came first (the same request, another use of the code, a change of the day or the card),
        // the caller reads again and finds out.
        if (isConditionFailure(error)) throw concurrentUpdate(`online booking ${requestKey}`)();
        throw error;
      }
    },
  };
};
