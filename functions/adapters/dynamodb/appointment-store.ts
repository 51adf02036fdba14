import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { RebookError } from "../../../domain/errors";
import type { Appointment } from "../../../domain/model/appointment";
import type { VisitRhythm } from "../../../domain/model/visit-rhythm";
import { forEachBounded } from "../../../domain/outbox/bounded-concurrency";
import type { AppointmentStore, StaffDay } from "../../../domain/ports/appointment-store";
import { emptyRhythm } from "../../../domain/rhythm/visit-rhythm-rules";
import { withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { dueShardOf, keys, overdueCategoryPartition } from "./keys";
import { queryPrefix } from "./query-all";
import { reconnectIndexAttributes, reconnectStatsUpdate } from "./reconnect-items";

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]["TransactItems"]
>[number];

/** A put that succeeds only if the stored version is the one read (0 = the item must not exist). */
const versionedPut = (
  tableName: string,
  item: Record<string, unknown>,
  readVersion: number,
): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...item, version: readVersion + 1 },
    ConditionExpression: readVersion === 0 ? "attribute_not_exists(pk)" : "version = :read",
    ...(readVersion === 0 ? {} : { ExpressionAttributeValues: { ":read": readVersion } }),
  },
});

/**
 * The rhythm sits in the sparse due index only while it can still become overdue and is not flagged yet,
 * and in the overdue-by-category index only while flagged. Index keys are left out rather than stored
 * as null.
 */
export const rhythmItem = (rhythm: VisitRhythm) => {
  const { version: _version, reviewAt, overdueSince, ...fields } = rhythm;
  const inDueIndex = reviewAt !== null && overdueSince === null;
  return {
    ...keys.rhythm(rhythm.studioId, rhythm.clientId, rhythm.categoryId),
    entity: "rhythm",
    ...fields,
    ...(reviewAt === null ? {} : { reviewAt }),
    ...(overdueSince === null
      ? {}
      : { overdueSince, overdueOf: overdueCategoryPartition(rhythm.studioId, rhythm.categoryId) }),
    ...(inDueIndex ? { dueShard: dueShardOf(rhythm.studioId, rhythm.clientId, rhythm.categoryId) } : {}),
    ...reconnectIndexAttributes(rhythm),
  };
};

/** Reads a stored rhythm item back; absent index attributes are null again. */
export const toRhythm = (item: Record<string, unknown>): VisitRhythm => ({
  ...toEntity<Omit<VisitRhythm, "version">>(item),
  reviewAt: (item.reviewAt as string | undefined) ?? null,
  overdueSince: (item.overdueSince as string | undefined) ?? null,
  reconnect: (item.reconnect as VisitRhythm["reconnect"] | undefined) ?? null,
  version: item.version as number,
});

const appointmentItem = (appointment: Appointment) => ({
  ...keys.appointment(appointment.studioId, appointment.clientId, appointment.id),
  entity: "appointment",
  ...appointment,
});

const pointerItem = (appointment: Appointment) => ({
  ...keys.appointmentPointer(appointment.studioId, appointment.id),
  entity: "appointment-ref",
  clientId: appointment.clientId,
});

const staffDayItem = ({ version: _version, ...day }: StaffDay) => ({
  ...keys.staffDay(day.studioId, day.staffId, day.date),
  entity: "staff-day",
  ...day,
});

const BATCH_SIZE = 25;
const BATCHES_IN_FLIGHT = 4;

export const dynamoDbAppointmentStore = (
  client: DynamoDBDocumentClient,
  tableName: string,
): AppointmentStore => {
  const getItem = async (key: { pk: string; sk: string }) =>
    (await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;

  const queryPartition = (pk: string, prefix: string) => queryPrefix(client, tableName, pk, prefix);

  return {
    async get(studioId, appointmentId) {
      const pointer = await getItem(keys.appointmentPointer(studioId, appointmentId));
      if (pointer === undefined) return null;
      const item = await getItem(keys.appointment(studioId, pointer.clientId as string, appointmentId));
      return item === undefined
        ? null
        : { appointment: toEntity<Appointment>(item), version: item.version as number };
    },

    async listForClient(studioId, clientId) {
      const items = await queryPartition(keys.clientPartition(studioId, clientId), keys.appointmentPrefix);
      return items
        .map((item) => toEntity<Appointment>(item))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },

    async staffDay(studioId, staffId, date) {
      const item = await getItem(keys.staffDay(studioId, staffId, date));
      return item === undefined
        ? { studioId, staffId, date, bookings: {}, version: 0 }
        : { ...toEntity<Omit<StaffDay, "version">>(item), version: item.version as number };
    },

    async rhythm(studioId, clientId, categoryId) {
      const item = await getItem(keys.rhythm(studioId, clientId, categoryId));
      return item === undefined ? emptyRhythm(studioId, clientId, categoryId) : toRhythm(item);
    },

    async rhythmsForClient(studioId, clientId) {
      const items = await queryPartition(keys.clientPartition(studioId, clientId), keys.rhythmPrefix);
      return items.map(toRhythm);
    },

    async commit({ appointment, isNew, appointmentVersion, staffDays, rhythm, reconnectStats }) {
      const { id } = appointment;
      const transactItems: TransactItem[] = [
        versionedPut(tableName, appointmentItem(appointment), isNew ? 0 : appointmentVersion),
        ...(isNew
          ? [
              {
                Put: {
                  TableName: tableName,
                  Item: pointerItem(appointment),
                  ConditionExpression: "attribute_not_exists(pk)",
                },
              },
            ]
          : []),
        ...staffDays.map((day) => versionedPut(tableName, staffDayItem(day), day.version)),
        versionedPut(tableName, rhythmItem(rhythm), rhythm.version),
        ...(reconnectStats == null ? [] : [reconnectStatsUpdate(tableName, reconnectStats)]),
      ];
      await withConditionAs(
        () => client.send(new TransactWriteCommand({ TransactItems: transactItems })),
        () => new RebookError("CONCURRENT_UPDATE", `appointment ${id} was changed concurrently; try again`),
      );
    },

    async importHistory({ appointments, staffDays, rhythms }) {
      const items = [
        ...appointments.flatMap((appointment) => [appointmentItem(appointment), pointerItem(appointment)]),
        ...staffDays.map(staffDayItem),
        ...rhythms.map(rhythmItem),
      ].map((item) => ({ PutRequest: { Item: { ...item, version: 1 } } }));
      const batches = Array.from({ length: Math.ceil(items.length / BATCH_SIZE) }, (_, index) =>
        items.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE),
      );
      await forEachBounded(batches, BATCHES_IN_FLIGHT, async (batch) => {
        let pending: typeof items | undefined = batch;
        while (pending !== undefined && pending.length > 0) {
          const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
          pending = result.UnprocessedItems?.[tableName] as typeof items | undefined;
        }
      });
    },

    async anonymiseForClient(studioId, clientId) {
      const items = await queryPartition(keys.clientPartition(studioId, clientId), keys.appointmentPrefix);
      for (const item of items) {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: "SET notes = :empty, version = version + :one",
            ExpressionAttributeValues: { ":empty": "", ":one": 1 },
          }),
        );
      }
    },
  };
};
