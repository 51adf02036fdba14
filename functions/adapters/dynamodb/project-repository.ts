import type { Project } from "../../../domain/model/project";
import type { ProjectRepository } from "../../../domain/ports/project-repository";
import { toEntity } from "./item-codec";
import { clientProjectsList } from "./keys";
import { queryPage } from "./query-all";
import { dynamoDbStudioItemRepository } from "./studio-item-repository";
import type { TableContext } from "./table-context";

/**
 * Projects live in the studio's partition (found by id alone) and are filed in their client's list of
 * `byList`, which keeps only keys: a client's projects are a query of that list and one batch of the items.
 */
export const dynamoDbProjectRepository = (ctx: TableContext): ProjectRepository => ({
  ...dynamoDbStudioItemRepository<Project>(ctx, "PROJECT", "PROJECT.NOT_FOUND", (project) => ({
    listOf: clientProjectsList(project.studioId, project.clientId),
    listAt: `${project.createdAt}#${project.id}`,
  })),

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
    const items = await Promise.all(
      listed.items.map(({ pk, sk }) => ctx.get({ pk: String(pk), sk: String(sk) })),
    );
    return {
      items: items.filter((item) => item !== undefined).map((item) => toEntity<Project>(item)),
      nextCursor: listed.nextCursor,
    };
  },
});
