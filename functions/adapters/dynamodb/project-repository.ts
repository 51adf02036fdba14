import { QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  defaultProjectAutomation,
  isAutomated,
  type Project,
  type ProjectAutomation,
  type ProjectChangeRecord,
} from "../../../domain/model/project";
import type { FollowUpQuery, ProjectRepository } from "../../../domain/ports/project-repository";
import { followUpPlaceOf } from "../../../domain/projects/follow-up-lists";
import { refusedAt, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import {
  AUTOMATED_STUDIOS_LIST,
  clientProjectsList,
  followUpListPartition,
  keys,
  projectAutomationKey,
  projectRequestKey,
} from "./keys";
import { queryAll, queryPage, queryPrefix } from "./query-all";
import { dynamoDbStudioItemRepository, studioItemRecord } from "./studio-item-repository";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, type StoredItem, versionedPut } from "./versioned-write";

/** Sorts after every `#<id>` suffix of the same time: an inclusive upper bound on the time. */
const UPTO = "#\uffff";

/** A project's index attributes: its client's list (`byList`) and the follow-up list it is on, if any. */
const projectIndexAttributes = (project: Project): Record<string, string> => {
  const place = followUpPlaceOf(project);
  return {
    listOf: clientProjectsList(project.studioId, project.clientId),
    listAt: `${project.createdAt}#${project.id}`,
    ...(place === null
      ? {}
      : {
          followUpOf: followUpListPartition(project.studioId, place.list),
          followUpAt: `${place.at}#${project.id}`,
        }),
  };
};

/** A project as stored, with its index attributes: what every write of a project puts. */
export const projectRecord = (project: Project): StoredItem => ({
  ...studioItemRecord("PROJECT", project),
  ...projectIndexAttributes(project),
});

const followUpInput = (studioId: string, query: FollowUpQuery) => {
  const contactFilters = [
    ...(query.minContacts === null ? [] : ["contactCount >= :min"]),
    ...(query.maxContacts === null ? [] : ["contactCount <= :max"]),
  ];
  return {
    IndexName: "byFollowUpList",
    KeyConditionExpression:
      query.from === null
        ? "followUpOf = :list AND followUpAt <= :to"
        : "followUpOf = :list AND followUpAt BETWEEN :from AND :to",
    ExpressionAttributeValues: {
      ":list": followUpListPartition(studioId, query.list),
      ":to": `${query.to}${UPTO}`,
      ...(query.from === null ? {} : { ":from": query.from }),
      ...(query.minContacts === null ? {} : { ":min": query.minContacts }),
      ...(query.maxContacts === null ? {} : { ":max": query.maxContacts }),
    },
    ...(contactFilters.length === 0 ? {} : { FilterExpression: contactFilters.join(" AND ") }),
    ScanIndexForward: query.order === "asc",
  };
};

const recordItem = (studioId: string, record: ProjectChangeRecord) => ({
  ...projectRequestKey(studioId, record.projectId, record.requestId),
  entity: "project-change",
  ...record,
});

/** Settings with automation on are filed in one `byList` list, so the hourly run reads only those studios. */
const automationItem = (automation: ProjectAutomation): StoredItem => ({
  ...projectAutomationKey(automation.studioId),
  entity: "project-automation",
  ...automation,
  ...(isAutomated(automation) ? { listOf: AUTOMATED_STUDIOS_LIST, listAt: automation.studioId } : {}),
});

/**
 * Projects live in the studio's partition (found by id alone), are filed in their client's list of `byList`
 * and, while on one, in a follow-up list of `byFollowUpList`. Both indexes keep little (keys; the follow-up
 * list also what its filters read), so a page is a query and one batch of the items.
 */
export const dynamoDbProjectRepository = (ctx: TableContext): ProjectRepository => {
  const items = async (listed: Record<string, unknown>[]) => {
    const found = await Promise.all(listed.map(({ pk, sk }) => ctx.get({ pk: String(pk), sk: String(sk) })));
    return found.filter((item) => item !== undefined).map((item) => toEntity<Project>(item));
  };

  return {
    ...dynamoDbStudioItemRepository<Project>(ctx, "PROJECT", "PROJECT.NOT_FOUND", projectIndexAttributes),

    async listForClient(studioId, clientId, page) {
      const listed = await queryPage(
        ctx,
        {
          IndexName: "byList",
          KeyConditionExpression: "listOf = :list",
          ExpressionAttributeValues: { ":list": clientProjectsList(studioId, clientId) },
          ScanIndexForward: false,
        },
        page,
      );
      return { items: await items(listed.items), nextCursor: listed.nextCursor };
    },

    async followUps(studioId, query, page) {
      const listed = await queryPage(ctx, followUpInput(studioId, query), page);
      return { items: await items(listed.items), nextCursor: listed.nextCursor };
    },

    async countFollowUps(studioId, query) {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await ctx.client.send(
          new QueryCommand({
            ...followUpInput(studioId, query),
            TableName: ctx.tableName,
            Select: "COUNT",
            ExclusiveStartKey: startKey,
          }),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey !== undefined);
      return count;
    },

    saveWithRecord(project, record) {
      const write = async () => {
        try {
          await ctx.client.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: ctx.tableName,
                    Item: recordItem(project.studioId, record),
                    ConditionExpression: "attribute_not_exists(pk)",
                  },
                },
                versionedPut(ctx.tableName, projectRecord(project)),
              ],
            }),
          );
          return true;
        } catch (error) {
          // The request's record is there: this request changed the project before.
          if (refusedAt(error, 0)) return false;
          throw error;
        }
      };
      return withConditionAs(write, concurrentUpdate(`project ${project.id}`));
    },

    async records(studioId, projectId) {
      const found = await queryPrefix(
        ctx,
        keys.studioPartition(studioId),
        projectRequestKey(studioId, projectId, "").sk,
      );
      return found
        .map((item) => toEntity<ProjectChangeRecord>(item))
        .sort((a, b) => a.at.localeCompare(b.at) || a.requestId.localeCompare(b.requestId));
    },

    async automation(studioId) {
      const item = await ctx.get(projectAutomationKey(studioId));
      return item === undefined ? defaultProjectAutomation(studioId) : toEntity<ProjectAutomation>(item);
    },

    async saveAutomation(automation) {
      await putVersioned(ctx.client, ctx.tableName, automationItem(automation), {
        notFound: concurrentUpdate(`project automation of ${automation.studioId}`),
        conflict: concurrentUpdate(`project automation of ${automation.studioId}`),
      });
    },

    async automatedStudios() {
      const listed = await queryAll(ctx, {
        IndexName: "byList",
        KeyConditionExpression: "listOf = :list",
        ExpressionAttributeValues: { ":list": AUTOMATED_STUDIOS_LIST },
      });
      const found = await Promise.all(
        listed.map(({ pk, sk }) => ctx.get({ pk: String(pk), sk: String(sk) })),
      );
      return found
        .filter((item) => item !== undefined)
        .map((item) => toEntity<ProjectAutomation>(item))
        .filter(isAutomated);
    },
  };
};
