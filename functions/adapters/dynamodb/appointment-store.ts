import { DeleteCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { emptyVisitHistory } from "../../../domain/client-card/visit-history";
import { RebookError } from "../../../domain/errors";
import type { Appointment } from "../../../domain/model/appointment";
import type { AppointmentNotice } from "../../../domain/model/appointment-notice";
import { nextVersion } from "../../../domain/model/versioned";
import type { VisitHistory } from "../../../domain/model/visit-history";
import { forEachBounded } from "../../../domain/outbox/bounded-concurrency";
import type { AppointmentChange, AppointmentStore, StaffDay } from "../../../domain/ports/appointment-store";
import { retryOnConcurrentUpdate } from "../../../domain/retry-on-concurrent-update";
import { emptyRhythm } from "../../../domain/rhythm/visit-rhythm-rules";
import { chunksOf, putAll } from "./batch-write";
import { isConditionFailure, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { allNoticeQueues, appointmentIndexAttributes, keys, noticeQueueOf } from "./keys";
import { projectRecord } from "./project-repository";
import { redemptionRefusal, redemptionWrites } from "./promotion-items";
import { queryAll, queryPage, queryPrefix } from "./query-all";
import { overdueCountUpdate, reconnectStatsUpdate, rhythmItem, toRhythm } from "./reconnect-items";
import type { TableContext } from "./table-context";
import { concurrentUpdate, type TransactItem, versionedPut } from "./versioned-write";

const appointmentItem = (appointment: Appointment) => ({
  ...keys.appointment(appointment.studioId, appointment.id),
  ...appointmentIndexAttributes(appointment),
  entity: "appointment",
  ...appointment,
});

const staffDayItem = (day: StaffDay) => ({
  ...keys.staffDay(day.studioId, day.staffId, day.date),
  entity: "staff-day",
  ...day,
});

const historyItem = (history: VisitHistory) => ({
  ...keys.visitHistory(history.studioId, history.clientId),
  entity: "visit-history",
  ...history,
});

/** `startsAt` is also an index's sort key, which may not be null: a staff measure's notice leaves it out. */
export const noticeItem = ({ startsAt, serviceName, ...notice }: AppointmentNotice) => ({
  ...keys.appointmentNotice(notice.studioId, notice.appointmentId, notice.kind),
  entity: "appointment-notice",
  ...notice,
  ...(startsAt === null || serviceName === null ? {} : { startsAt, serviceName }),
  noticeQueue: noticeQueueOf(notice.appointmentId),
  noticeAt: `${notice.dueAt}#${notice.appointmentId}#${notice.kind}`,
});

/** Everything an appointment change writes, as transaction items (each versioned). */
export const appointmentChangeItems = (
  tableName: string,
  {
    appointment,
    staffDays,
    previousRhythm,
    rhythm,
    history,
    reconnectStats,
    notices,
    project,
    redemption,
  }: AppointmentChange,
): TransactItem[] => [
  versionedPut(tableName, appointmentItem(appointment)),
  ...staffDays.map((day) => versionedPut(tableName, staffDayItem(day))),
  versionedPut(tableName, rhythmItem(rhythm)),
  ...overdueCountUpdate(tableName, previousRhythm, rhythm),
  versionedPut(tableName, historyItem(history)),
  ...(reconnectStats == null ? [] : [reconnectStatsUpdate(tableName, reconnectStats)]),
  ...notices.put.map((notice) => ({ Put: { TableName: tableName, Item: noticeItem(notice) } })),
  ...notices.remove.map((kind) => ({
    Delete: { TableName: tableName, Key: keys.appointmentNotice(appointment.studioId, appointment.id, kind) },
  })),
  ...(project == null ? [] : [versionedPut(tableName, projectRecord(project))]),
  // Last, so `commit` finds a refused redemption at the end.
  ...(redemption == null ? [] : redemptionWrites(tableName, redemption)),
];

export const staffDayWrite = (tableName: string, day: StaffDay): TransactItem =>
  versionedPut(tableName, staffDayItem(day));

/** TransactWriteItems takes at most 100 items. */
const TRANSACTION_SIZE = 100;
const TRANSACTIONS_IN_FLIGHT = 4;
/** An appointment lasts at most a day: one starting this long before a range may still run into it. */
const LONGEST_APPOINTMENT_MS = 24 * 3600 * 1000;

export const dynamoDbAppointmentStore = (ctx: TableContext): AppointmentStore => {
  const { client, tableName } = ctx;
  const consistent = { consistent: true };

  const get = async (studioId: string, appointmentId: string) => {
    const item = await ctx.get(keys.appointment(studioId, appointmentId), consistent);
    return item === undefined ? null : toEntity<Appointment>(item);
  };

  return {
    get,

    async listForClient(studioId, clientId, { when, now, limit, cursor }) {
      const page = await queryPage(
        ctx,
        {
          IndexName: "byClientHistory",
          KeyConditionExpression:
            when === "upcoming"
              ? "historyOf = :client AND startsAt > :now"
              : "historyOf = :client AND startsAt <= :now",
          ExpressionAttributeValues: { ":client": keys.clientPartition(studioId, clientId), ":now": now },
          ScanIndexForward: when === "upcoming",
        },
        { limit, cursor },
      );
      return { items: page.items.map((item) => toEntity<Appointment>(item)), nextCursor: page.nextCursor };
    },

    async calendar(studioId, { from, to, staffId }) {
      const earliest = new Date(Date.parse(from) - LONGEST_APPOINTMENT_MS).toISOString();
      const items = await queryAll(ctx, {
        IndexName: "byCalendar",
        KeyConditionExpression: "calendarOf = :studio AND startsAt BETWEEN :earliest AND :to",
        ExpressionAttributeValues: {
          ":studio": keys.studioPartition(studioId),
          ":earliest": earliest,
          ":to": to,
          ...(staffId === null ? {} : { ":staff": staffId }),
        },
        ...(staffId === null ? {} : { FilterExpression: "staffId = :staff" }),
      });
      return items
        .map((item) => toEntity<Appointment>(item))
        .filter((appointment) => appointment.startsAt < to && appointment.endsAt > from);
    },

    async staffDay(studioId, staffId, date) {
      const item = await ctx.get(keys.staffDay(studioId, staffId, date), consistent);
      return item === undefined
        ? { studioId, staffId, date, bookings: {}, version: 0 }
        : toEntity<StaffDay>(item);
    },

    async rhythm(studioId, clientId, categoryId) {
      const item = await ctx.get(keys.rhythm(studioId, clientId, categoryId), consistent);
      return item === undefined ? emptyRhythm(studioId, clientId, categoryId) : toRhythm(item);
    },

    async rhythmsForClient(studioId, clientId) {
      const items = await queryPrefix(ctx, keys.clientPartition(studioId, clientId), keys.rhythmPrefix);
      return items.map(toRhythm);
    },

    async history(studioId, clientId) {
      const item = await ctx.get(keys.visitHistory(studioId, clientId), consistent);
      // Maps added to the history later are empty in items written before them.
      return { ...emptyVisitHistory(studioId, clientId), ...toEntity<VisitHistory>(item ?? {}) };
    },

    async commit(change) {
      const { appointment, redemption } = change;
      const items = appointmentChangeItems(tableName, change);
      const redemptionAt =
        items.length - (redemption == null ? 0 : redemptionWrites(tableName, redemption).length);
      await withConditionAs(
        () => client.send(new TransactWriteCommand({ TransactItems: items })),
        (error) =>
          (redemption == null ? null : redemptionRefusal(error, redemptionAt)) ??
          new RebookError(
            "CONCURRENT_UPDATE",
            `appointment ${appointment.id} was changed concurrently; try again`,
          ),
      );
    },

    async recordMeasure(history, notice) {
      await withConditionAs(
        () =>
          client.send(
            new TransactWriteCommand({
              TransactItems: [
                versionedPut(tableName, historyItem(history)),
                { Put: { TableName: tableName, Item: noticeItem(notice) } },
              ],
            }),
          ),
        concurrentUpdate(`the history of client ${history.clientId}`),
      );
    },

    async importHistory({ appointments, staffDays, rhythms, histories }) {
      await putAll(ctx, [
        ...appointments.map(appointmentItem),
        ...staffDays.map(staffDayItem),
        ...rhythms.map(rhythmItem),
        ...histories.map(historyItem),
      ]);
    },

    async *dueNotices(now) {
      let open = allNoticeQueues().map((queue) => ({
        queue,
        startKey: undefined as Record<string, unknown> | undefined,
      }));
      while (open.length > 0) {
        const pages = await Promise.all(
          open.map(({ queue, startKey }) =>
            client.send(
              new QueryCommand({
                TableName: tableName,
                IndexName: "byDueNotice",
                KeyConditionExpression: "noticeQueue = :queue AND noticeAt <= :now",
                // "#" sorts after every character of an instant, so every notice due by `now` is in range.
                ExpressionAttributeValues: { ":queue": queue, ":now": `${now}#~` },
                ExclusiveStartKey: startKey,
              }),
            ),
          ),
        );
        const notices = pages
          .flatMap((page) => page.Items ?? [])
          .map((item) => toEntity<AppointmentNotice>({ startsAt: null, serviceName: null, ...item }))
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
        if (notices.length > 0) yield notices;
        pages.forEach((page, index) => {
          open[index]!.startKey = page.LastEvaluatedKey;
        });
        open = open.filter(({ startKey }) => startKey !== undefined);
      }
    },

    async removeNotice(notice) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.appointmentNotice(notice.studioId, notice.appointmentId, notice.kind),
            ConditionExpression: "appointmentVersion = :version AND dueAt = :due",
            ExpressionAttributeValues: { ":version": notice.appointmentVersion, ":due": notice.dueAt },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async anonymiseForClient(studioId, clientId) {
      const withNotes = await queryAll(ctx, {
        IndexName: "byClientHistory",
        KeyConditionExpression: "historyOf = :client",
        FilterExpression: "notes <> :empty",
        ExpressionAttributeValues: { ":client": keys.clientPartition(studioId, clientId), ":empty": "" },
        ProjectionExpression: "id",
      });
      // A batch is read strongly consistent and written in one versioned transaction; a concurrent change of
      // any of its appointments refuses it, and it is read and written again.
      await forEachBounded(chunksOf(withNotes, TRANSACTION_SIZE), TRANSACTIONS_IN_FLIGHT, (batch) =>
        retryOnConcurrentUpdate(async () => {
          const current = await Promise.all(batch.map((item) => get(studioId, String(item.id))));
          const erased = current
            .filter(
              (appointment): appointment is Appointment => appointment !== null && appointment.notes !== "",
            )
            .map((appointment) =>
              versionedPut(tableName, appointmentItem(nextVersion({ ...appointment, notes: "" }))),
            );
          if (erased.length === 0) return;
          await withConditionAs(
            () => client.send(new TransactWriteCommand({ TransactItems: erased })),
            concurrentUpdate(`appointments of client ${clientId}`),
          );
        }),
      );
    },
  };
};
